import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it } from 'vitest'
import { server } from '../../mocks/node'
import { fetchFeedJson } from '../../src/feed/api-client'
import { askEarly, dropEarly } from '../../src/feed/early-answers'
import { dashboardDocumentPaths, earlyFeedUrls } from '../../src/feed/early-feed-urls'
import { collectionResources, indexPath } from '../../src/feed/schemas/documents'
import { failure } from './feed-failure'

const base = 'http://localhost/demo-feed/'

/** index.json answers with how many times it was asked for. */
function countingIndex() {
  let asked = 0
  server.use(http.get('*/demo-feed/index.json', () => HttpResponse.json({ asked: ++asked })))
}

afterEach(dropEarly)

describe('feed requests sent before the app has loaded', () => {
  it('are taken up by the app: the document is not asked for twice', async () => {
    countingIndex()
    askEarly([`${base}index.json`])
    expect((await fetchFeedJson(base, 'index.json')).body).toEqual({ asked: 1 })
    // Taken once: the next read is a request of its own.
    expect((await fetchFeedJson(base, 'index.json')).body).toEqual({ asked: 2 })
  })

  it('fail as the app’s own request would', async () => {
    server.use(http.get('*/demo-feed/quotes.json', () => new HttpResponse(null, { status: 503 })))
    askEarly([`${base}quotes.json`])
    const error = await failure(fetchFeedJson(base, 'quotes.json'))
    expect(error.kind).toBe('http')
    expect(error.message).toMatch(/503/)
  })

  it('are let go once the app has sent its own: it never reads their answer', async () => {
    countingIndex()
    askEarly([`${base}index.json`])
    dropEarly()
    const { body } = await fetchFeedJson(base, 'index.json')
    expect(body).toEqual({ asked: 2 })
  })

  it('are only for the feed config.json names, never another', async () => {
    countingIndex()
    askEarly(['http://localhost/other-feed/index.json'])
    expect((await fetchFeedJson(base, 'index.json')).body).toEqual({ asked: 1 })
  })
})

describe('the early requests’ URLs', () => {
  const page = 'https://intranet.example/tools/talks/'
  const config = JSON.stringify({ feedUrl: './feed' })

  it('are the dashboard’s documents, under the feed config.json names', () => {
    expect([...dashboardDocumentPaths].sort()).toEqual(
      [indexPath, ...Object.values(collectionResources).map((r) => r.path)].sort(),
    )
    expect(earlyFeedUrls(config, '?tz=Asia%2FTokyo', page)).toEqual(
      dashboardDocumentPaths.map((path) => `${page}feed/${path}`),
    )
    expect(
      earlyFeedUrls(JSON.stringify({ feedUrl: 'https://data.example/talks/' }), '', page)[0],
    ).toBe('https://data.example/talks/index.json')
  })

  it('are none when the page may want another feed, another view, or no feed', () => {
    expect(earlyFeedUrls(config, '?feed=https://x.example/', page)).toEqual([])
    expect(earlyFeedUrls(config, '?view=quotes', page)).toEqual([])
    expect(earlyFeedUrls(config, '?instrument=spx', page)).toEqual([])
    expect(earlyFeedUrls(JSON.stringify({ feedUrl: null }), '', page)).toEqual([])
    expect(earlyFeedUrls('{}', '', page)).toEqual([])
    expect(earlyFeedUrls('not json', '', page)).toEqual([])
    expect(earlyFeedUrls('null', '', page)).toEqual([])
  })
})
