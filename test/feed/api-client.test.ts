import { http, HttpResponse, delay } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import { server } from '../../mocks/node'
import { fetchFeedJson } from '../../src/feed/api-client'
import { maxBodyBytes } from '../../src/feed/read-capped'
import { getCollection } from '../../src/feed/feed-resources'
import { failure } from './feed-failure'

const base = 'http://localhost/demo-feed/'

describe('the API client', () => {
  it('resolves paths against the base URL and returns the parsed body', async () => {
    const { body } = await fetchFeedJson(base, 'index.json')
    expect(body).toMatchObject({ title: expect.stringContaining('London') })
  })

  it('reports an HTML error page served with status 200 in words', async () => {
    server.use(
      http.get('*/demo-feed/quotes.json', () =>
        HttpResponse.html('<html><body>Gateway error</body></html>'),
      ),
    )
    const error = await failure(fetchFeedJson(base, 'quotes.json'))
    expect(error.kind).toBe('error-page')
    expect(error.message).toMatch(/error page/)
    expect(error.retryable).toBe(false)
  })

  it('reports a body cut off mid-JSON', async () => {
    server.use(
      http.get(
        '*/demo-feed/quotes.json',
        () =>
          new HttpResponse('{"quotes": [{"id": "a', {
            headers: { 'content-type': 'application/json' },
          }),
      ),
    )
    const error = await failure(fetchFeedJson(base, 'quotes.json'))
    expect(error.kind).toBe('not-json')
  })

  it('refuses a body above the size cap without parsing it', async () => {
    const big = 'x'.repeat(maxBodyBytes + 10)
    server.use(http.get('*/demo-feed/quotes.json', () => new HttpResponse(big)))
    const parse = vi.spyOn(JSON, 'parse')
    const error = await failure(fetchFeedJson(base, 'quotes.json'))
    expect(error.kind).toBe('too-large')
    expect(parse).not.toHaveBeenCalled()
    parse.mockRestore()
  })

  it('marks 5xx and 429 as retryable, with Retry-After, and other 4xx as final', async () => {
    server.use(
      http.get(
        '*/demo-feed/a.json',
        () => new HttpResponse(null, { status: 503, headers: { 'retry-after': '7' } }),
      ),
    )
    server.use(http.get('*/demo-feed/b.json', () => new HttpResponse(null, { status: 404 })))
    server.use(http.get('*/demo-feed/c.json', () => new HttpResponse(null, { status: 429 })))
    const unavailable = await failure(fetchFeedJson(base, 'a.json'))
    expect([unavailable.status, unavailable.retryable, unavailable.retryAfterMs]).toEqual([
      503,
      true,
      7000,
    ])
    const missing = await failure(fetchFeedJson(base, 'b.json'))
    expect([missing.status, missing.retryable]).toEqual([404, false])
    expect((await failure(fetchFeedJson(base, 'c.json'))).retryable).toBe(true)
  })

  it('turns a network error into a retryable error', async () => {
    server.use(http.get('*/demo-feed/quotes.json', () => HttpResponse.error()))
    const error = await failure(fetchFeedJson(base, 'quotes.json'))
    expect([error.kind, error.retryable]).toEqual(['network', true])
  })

  it('keeps the valid records and lists the invalid one', async () => {
    server.use(
      http.get('*/demo-feed/quotes.json', async () => {
        const { default: fixture } = await import('../../mocks/fixtures/quotes.json')
        const quotes = structuredClone(fixture.quotes) as Record<string, unknown>[]
        quotes[2]!.saidAt = '2025-06-09T20:00:00'
        return HttpResponse.json({ quotes })
      }),
    )
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    const result = await getCollection(base, 'quotes')
    expect(result.quotes).toHaveLength(11)
    expect(result.problems).toEqual([expect.objectContaining({ path: '$.quotes[2].saidAt' })])
  })

  it('gives a long document unchanged since its last read the same data, not read again', async () => {
    const { default: fixture } = await import('../../mocks/fixtures/quotes.json')
    // Test data: the demo's quotes copied to 800 (over 256 KB, a long document).
    const many = (said: string) =>
      Array.from({ length: 800 }, (_, i) => ({
        ...fixture.quotes[i % fixture.quotes.length]!,
        id: `copy-${i}`,
        saidAt: said,
      }))
    let quotes = many('2025-06-09T20:00:00+01:00')
    server.use(http.get('*/demo-feed/long/quotes.json', () => HttpResponse.json({ quotes })))
    const longBase = `${base}long/`
    const first = await getCollection(longBase, 'quotes')
    expect(JSON.stringify({ quotes }).length).toBeGreaterThan(256 * 1024)
    expect(await getCollection(longBase, 'quotes')).toBe(first)
    quotes = many('2025-06-09T21:00:00+01:00')
    const changed = await getCollection(longBase, 'quotes')
    expect(changed).not.toBe(first)
    expect(changed.quotes[0]!.saidAt).toBe('2025-06-09T21:00:00+01:00')
  })

  it('aborts with the caller', async () => {
    server.use(
      http.get('*/demo-feed/quotes.json', async () => {
        await delay('infinite')
        return HttpResponse.json({})
      }),
    )
    const controller = new AbortController()
    const pending = fetchFeedJson(base, 'quotes.json', controller.signal)
    controller.abort()
    await expect(pending).rejects.toThrow()
  })
})
