import { delay, http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { server } from '../../mocks/node'
import { configTimeoutMs, loadConfig, readConfig } from '../../src/config/load-config'
import { defaultConfig } from '../../src/config/config-schema'
import { createRuntime } from '../../src/app/runtime'

const url = new URL('http://localhost/tools/talks/config.json')

describe('config.json', () => {
  it('runs the demo when no feed is named, resolving the demo feed next to the page', async () => {
    server.use(http.get(url.href, () => HttpResponse.json({ feedUrl: null, refreshSeconds: 15 })))
    const { config } = await loadConfig(url)
    expect(config.refreshSeconds).toBe(15)
    const runtime = createRuntime(config, 'http://localhost/tools/talks/')
    expect(runtime).toMatchObject({
      demo: true,
      feedBaseUrl: 'http://localhost/tools/talks/demo-feed/',
    })
  })

  it('points at a configured feed without a rebuild', () => {
    const { config } = readConfig({ feedUrl: 'https://intranet.example/feeds/talks' })
    expect(createRuntime(config, 'http://localhost/')).toMatchObject({
      demo: false,
      feedBaseUrl: 'https://intranet.example/feeds/talks/',
    })
  })

  it('ignores unknown or malformed settings with a warning and keeps the rest', () => {
    const { config, warnings } = readConfig({
      refreshSeconds: 'soon',
      theme: 'dark',
      colour: 'red',
      timeZone: 'Mars/Base',
    })
    expect(config).toEqual({ ...defaultConfig, theme: 'dark' })
    expect(warnings).toHaveLength(3)
    expect(warnings.join('\n')).toMatch(/refreshSeconds/)
    expect(warnings.join('\n')).toMatch(/colour/)
  })

  it('refuses a javascript: feed URL', () => {
    const { config, warnings } = readConfig({ feedUrl: 'javascript:alert(1)' })
    expect(config.feedUrl).toBeNull()
    expect(warnings).toHaveLength(1)
  })

  it('says clearly when the file is not JSON', async () => {
    server.use(http.get(url.href, () => new HttpResponse('{ feedUrl: ', { status: 200 })))
    await expect(loadConfig(url)).rejects.toThrow('config.json is not valid JSON')
  })

  it('uses the defaults when the file is missing', async () => {
    server.use(http.get(url.href, () => new HttpResponse(null, { status: 404 })))
    expect((await loadConfig(url)).config).toEqual(defaultConfig)
  })

  it('takes only absolute http(s) URLs or paths on this site as the feed: //host/ and /\\host/ are refused', () => {
    for (const feedUrl of [
      '//evil.example/feed/',
      '/\\evil.example/feed/',
      '/\t/evil.example/',
      'feed/',
      'https:\\\\evil.example/',
      'ftp://x/',
    ]) {
      const { config, warnings } = readConfig({ feedUrl })
      expect(config.feedUrl, feedUrl).toBeNull()
      expect(warnings).toEqual([
        expect.stringMatching(
          /^config\.json: feedUrl ignored \(an absolute http\(s\) URL or a path on this site/,
        ),
      ])
    }
    for (const feedUrl of [
      './feed/',
      '../feed/',
      '/feeds/talks/',
      'https://intranet.example/feed/',
      'HTTP://intranet.example/feed/',
    ]) {
      expect(readConfig({ feedUrl }).config.feedUrl).toBe(feedUrl)
    }
  })

  it('names each invalid allowedFeeds entry once, at start-up, and keeps the others', () => {
    const { config, warnings } = readConfig({
      allowedFeeds: ['javascript:alert(1)', 'https://intranet.example/other/', '//evil.example/'],
    })
    expect(config.allowedFeeds).toEqual(['https://intranet.example/other/'])
    expect(warnings).toEqual([
      'config.json: allowedFeeds entry "javascript:alert(1)" ignored (not an absolute http(s) URL or a path on this site such as ./feed/)',
      'config.json: allowedFeeds entry "//evil.example/" ignored (not an absolute http(s) URL or a path on this site such as ./feed/)',
    ])
  })

  describe('loading', () => {
    afterEach(() => vi.useRealTimers())

    it('gives up on a config.json that never finishes, and says so', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
      let asked = false
      server.use(
        http.get(url.href, () => {
          asked = true
          const body = new ReadableStream({
            start: (c) => c.enqueue(new TextEncoder().encode('{"feedUrl":')),
          })
          return new HttpResponse(body, { headers: { 'content-type': 'application/json' } })
        }),
      )
      const loading = loadConfig(url).catch((error: unknown) => error)
      await vi.waitFor(() => expect(asked).toBe(true))
      await vi.advanceTimersByTimeAsync(configTimeoutMs)
      expect(await loading).toEqual(new Error('config.json did not load within 10 s'))
    })

    it('gives up on a config.json whose headers never come', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
      server.use(http.get(url.href, () => delay('infinite').then(() => HttpResponse.json({}))))
      const loading = loadConfig(url).catch((error: unknown) => error)
      await vi.advanceTimersByTimeAsync(configTimeoutMs)
      expect(await loading).toEqual(new Error('config.json did not load within 10 s'))
    })

    it('refuses a config.json redirected to another site', async () => {
      server.use(
        http.get(
          url.href,
          () =>
            new HttpResponse(null, {
              status: 302,
              headers: { location: 'http://evil.example/config.json' },
            }),
        ),
        http.get('http://evil.example/config.json', () =>
          HttpResponse.json({ feedUrl: 'http://evil.example/feed/' }),
        ),
      )
      await expect(loadConfig(url)).rejects.toThrow(
        'config.json was redirected to another site (http://evil.example) and is not used',
      )
    })
  })
})
