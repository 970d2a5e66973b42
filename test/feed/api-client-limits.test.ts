import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { server } from '../../mocks/node'
import { fetchFeedJson, requestTimeoutMs } from '../../src/feed/api-client'
import { maxBodyBytes } from '../../src/feed/read-capped'
import { failure } from './feed-failure'

const base = 'http://localhost/demo-feed/'
const MB = 1024 * 1024

afterEach(() => {
  vi.useRealTimers()
})

/** A body that gives `chunk` bytes per pull, for ever, and records how much was pulled. */
function endlessBody(chunk = MB) {
  const state = { pulled: 0 }
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        state.pulled += chunk
        controller.enqueue(new Uint8Array(chunk).fill(0x20))
      },
    },
    { highWaterMark: 0 },
  )
  return { stream, state }
}

/** How much was pulled once nothing pulls any more (a reader still reading would keep it growing). */
async function pulledAfterSettling(state: { pulled: number }) {
  const turn = () => new Promise((resolve) => setImmediate(resolve))
  let before = -1
  while (before !== state.pulled) {
    before = state.pulled
    for (let i = 0; i < 5; i++) await turn()
  }
  return state.pulled
}

describe('the API client under hostile answers', () => {
  it('refuses a body whose Content-Length is over the cap before reading it', async () => {
    const { stream, state } = endlessBody()
    server.use(
      http.get(
        '*/demo-feed/quotes.json',
        () => new HttpResponse(stream, { headers: { 'content-length': '200000000' } }),
      ),
    )
    const error = await failure(fetchFeedJson(base, 'quotes.json'))
    expect(error.kind).toBe('too-large')
    expect(error.message).toBe('quotes.json is larger than 5 MB (191 MB or more) and was not read')
    expect(await pulledAfterSettling(state)).toBeLessThanOrEqual(2 * MB)
  })

  it('stops reading a streamed body as soon as it passes the cap', async () => {
    const { stream, state } = endlessBody()
    server.use(http.get('*/demo-feed/quotes.json', () => new HttpResponse(stream)))
    const error = await failure(fetchFeedJson(base, 'quotes.json'))
    expect(error.kind).toBe('too-large')
    expect(await pulledAfterSettling(state)).toBeLessThanOrEqual(maxBodyBytes + 3 * MB)
  })

  it('refuses a body that turns out longer than the cap its Content-Length promised to keep', async () => {
    // As a compressed body does: it declares its compressed length, not the length it decodes to.
    const body = new Uint8Array(maxBodyBytes + MB).fill(0x20)
    server.use(
      http.get(
        '*/demo-feed/quotes.json',
        () => new HttpResponse(body, { headers: { 'content-length': String(MB) } }),
      ),
    )
    const error = await failure(fetchFeedJson(base, 'quotes.json'))
    expect(error.kind).toBe('too-large')
    expect(error.message).toBe('quotes.json is larger than 5 MB (6 MB or more) and was not read')
  })

  it('reads text whose characters are cut between two chunks of the body', async () => {
    const bytes = new TextEncoder().encode(JSON.stringify({ said: '“China’s not easy.” — Zürich' }))
    // One byte at a time: every multi-byte character arrives split.
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const byte of bytes) controller.enqueue(new Uint8Array([byte]))
        controller.close()
      },
    })
    server.use(http.get('*/demo-feed/quotes.json', () => new HttpResponse(stream)))
    const { body } = await fetchFeedJson(base, 'quotes.json')
    expect(body).toEqual({ said: '“China’s not easy.” — Zürich' })
  })

  it('gives up on a body that trickles past the deadline (one deadline for headers and body)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const state = { sent: 0 }
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        // Headers and the first byte at once, then nothing more.
        controller.enqueue(new TextEncoder().encode('{'))
        state.sent = 1
      },
    })
    server.use(http.get('*/demo-feed/quotes.json', () => new HttpResponse(stream)))
    const pending = failure(fetchFeedJson(base, 'quotes.json'))
    await vi.waitFor(() => expect(state.sent).toBe(1))
    await vi.advanceTimersByTimeAsync(requestTimeoutMs)
    const error = await pending
    expect([error.kind, error.retryable]).toEqual(['timeout', true])
    expect(error.message).toBe('quotes.json: the feed did not send it within 15 s')
  })

  it('refuses a redirect that leaves the feed origin, and follows one that stays', async () => {
    server.use(
      http.get(
        '*/demo-feed/quotes.json',
        () =>
          new HttpResponse(null, {
            status: 301,
            headers: { location: 'http://elsewhere.example/quotes.json' },
          }),
      ),
      http.get('http://elsewhere.example/quotes.json', () =>
        HttpResponse.json({ quotes: ['not the feed'] }),
      ),
      http.get(
        '*/demo-feed/moved.json',
        () =>
          new HttpResponse(null, { status: 302, headers: { location: '/demo-feed/here.json' } }),
      ),
      http.get('*/demo-feed/here.json', () => HttpResponse.json({ quotes: [] })),
    )
    const error = await failure(fetchFeedJson(base, 'quotes.json'))
    expect([error.kind, error.retryable]).toEqual(['redirect', false])
    expect(error.message).toBe(
      'quotes.json: the feed redirected to another site (http://elsewhere.example); not read',
    )
    await expect(fetchFeedJson(base, 'moved.json')).resolves.toMatchObject({ body: { quotes: [] } })
  })
})
