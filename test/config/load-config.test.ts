import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { server } from '../../mocks/node'
import { loadConfig, readConfig } from '../../src/config/load-config'
import { defaultConfig } from '../../src/config/config-schema'
import { createRuntime } from '../../src/app/runtime'

const url = new URL('http://localhost/tools/talks/config.json')

describe('config.json', () => {
  it('runs the demo when no feed is named, resolving the demo feed next to the page', async () => {
    server.use(http.get(url.href, () => HttpResponse.json({ feedUrl: null, refreshSeconds: 15 })))
    const { config } = await loadConfig(url)
    expect(config.refreshSeconds).toBe(15)
    const runtime = createRuntime(config, 'http://localhost/tools/talks/')
    expect(runtime).toMatchObject({ demo: true, feedBaseUrl: 'http://localhost/tools/talks/demo-feed/' })
  })

  it('points at a configured feed without a rebuild', () => {
    const { config } = readConfig({ feedUrl: 'https://intranet.example/feeds/talks' })
    expect(createRuntime(config, 'http://localhost/')).toMatchObject({ demo: false, feedBaseUrl: 'https://intranet.example/feeds/talks/' })
  })

  it('ignores unknown or malformed settings with a warning and keeps the rest', () => {
    const { config, warnings } = readConfig({ refreshSeconds: 'soon', theme: 'dark', colour: 'red', timeZone: 'Mars/Base' })
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
})
