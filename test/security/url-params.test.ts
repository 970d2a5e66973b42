import { describe, expect, it } from 'vitest'
import { defaultConfig } from '../../src/config/config-schema'
import { urlParamWarnings, withFeedOverride } from '../../src/app/url-params'

const search = (query: string) => new URLSearchParams(query)
const configured = { ...defaultConfig, feedUrl: 'https://intranet.example/feed/' }

describe('URL parameters', () => {
  it('warns once for each malformed value and for nothing valid', () => {
    const warnings = urlParamWarnings(
      search(
        'tz=Mars/Base&tz2=Nowhere&view=nope&refresh=-1&rotate=1&kiosk&parent=javascript:alert(1)&feed=https://evil.example/',
      ),
      defaultConfig,
    )
    expect(warnings.map((w) => w.slice(0, w.indexOf('='))).sort()).toEqual(
      ['?feed', '?parent', '?refresh', '?rotate', '?tz', '?tz2', '?view'].sort(),
    )
    expect(
      urlParamWarnings(
        search('tz=Asia/Shanghai&tz2=none&view=quotes&refresh=60&parent=https://portal.example'),
        defaultConfig,
      ),
    ).toEqual([])
  })

  it('never takes the feed from a crafted link unless config.json allows that exact URL', () => {
    expect(withFeedOverride(configured, search('feed=https://evil.example/')).feedUrl).toBe(
      'https://intranet.example/feed/',
    )
    expect(withFeedOverride(defaultConfig, search('feed=https://evil.example/')).feedUrl).toBeNull()
    const allowing = { ...configured, allowedFeeds: ['https://intranet.example/other/'] }
    expect(withFeedOverride(allowing, search('feed=https://intranet.example/other/')).feedUrl).toBe(
      'https://intranet.example/other/',
    )
    expect(
      withFeedOverride(allowing, search('feed=https://intranet.example/other/../evil/')).feedUrl,
    ).toBe('https://intranet.example/feed/')
    expect(urlParamWarnings(search('feed=https://intranet.example/other/'), allowing)).toEqual([])
  })

  it('says ?scenario= does nothing outside demo mode', () => {
    expect(urlParamWarnings(search('scenario=flaky'), configured)).toEqual([
      '?scenario= ignored: fault scenarios exist only in demo mode',
    ])
    expect(urlParamWarnings(search('scenario=flaky'), defaultConfig)).toEqual([])
  })
})
