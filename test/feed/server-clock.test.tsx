import { act, render, screen } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { server } from '../../mocks/node'
import { fixtureDocuments } from '../../mocks/handlers'
import { fetchFeedJson } from '../../src/feed/api-client'
import {
  elapsedSince,
  getServerClockOffset,
  recordServerDate,
  resetServerClock,
  serverNow,
  subscribeServerClock,
  useServerClockOffset,
} from '../../src/feed/server-clock'

const base = 'http://localhost/demo-feed/'
const viewerNow = Date.parse('2025-06-10T08:15:00Z')

/** The feed answers with its own clock `skewMs` ahead of the viewer's. */
function skewedFeed(skewMs: number) {
  server.use(
    http.get(
      '*/demo-feed/:resource',
      ({ params }) =>
        new HttpResponse(JSON.stringify(fixtureDocuments[String(params.resource)]), {
          headers: {
            'content-type': 'application/json',
            date: new Date(Date.now() + skewMs).toUTCString(),
          },
        }),
    ),
  )
}

function Ago({ instant, viewer }: { instant: number; viewer: number }) {
  const offset = useServerClockOffset()
  const seconds = Math.round(elapsedSince(instant, viewer + offset) / 1000)
  return <p>updated {seconds} s ago</p>
}

describe('server clock', () => {
  beforeEach(() => {
    resetServerClock()
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(viewerNow)
  })
  afterEach(() => vi.useRealTimers())

  it('is unknown until a response with a Date header arrives', async () => {
    expect(getServerClockOffset()).toBeNull()
    expect(serverNow(1000)).toBe(1000)
    await fetchFeedJson(base, 'index.json') // the default handlers send no Date header
    expect(getServerClockOffset()).toBeNull()
  })

  it('learns a server clock ten minutes ahead from the Date header', async () => {
    skewedFeed(10 * 60_000)
    await fetchFeedJson(base, 'index.json')
    const offset = getServerClockOffset()!
    expect(Math.abs(offset - 10 * 60_000)).toBeLessThanOrEqual(1000)
    expect(Math.abs(serverNow(viewerNow) - (viewerNow + 10 * 60_000))).toBeLessThanOrEqual(1000)
  })

  it('learns a viewer clock that runs ahead (server behind)', async () => {
    skewedFeed(-3 * 3_600_000)
    await fetchFeedJson(base, 'quotes.json')
    expect(Math.abs(getServerClockOffset()! + 3 * 3_600_000)).toBeLessThanOrEqual(1000)
  })

  it('records nothing from a failed response', async () => {
    server.use(
      http.get(
        '*/demo-feed/:resource',
        () =>
          new HttpResponse(null, {
            status: 503,
            headers: { date: new Date(Date.now() + 60_000).toUTCString() },
          }),
      ),
    )
    await expect(fetchFeedJson(base, 'index.json')).rejects.toThrow()
    expect(getServerClockOffset()).toBeNull()
  })

  it('"updated N s ago" is never negative when the viewer clock is behind the feed', async () => {
    // The feed generated its document "now" by its clock, 10 minutes ahead of the viewer's.
    const generatedAt = viewerNow + 10 * 60_000
    render(<Ago instant={generatedAt} viewer={Date.now()} />)
    expect(screen.getByText('updated 0 s ago')).toBeInTheDocument() // clamped before the offset is known
    skewedFeed(10 * 60_000)
    await act(() => fetchFeedJson(base, 'index.json'))
    act(() => vi.setSystemTime(viewerNow + 12_000))
    render(<Ago instant={generatedAt} viewer={Date.now()} />)
    const texts = screen.getAllByText(/updated \d+ s ago/).map((p) => p.textContent)
    const seconds = Number(/(\d+)/.exec(texts.at(-1) ?? '')?.[1])
    expect(seconds).toBeGreaterThanOrEqual(11)
    expect(seconds).toBeLessThanOrEqual(13)
  })

  it('keeps a stable estimate: sub-second jitter does not notify; a real change does', () => {
    const listener = vi.fn()
    const unsubscribe = subscribeServerClock(listener)
    recordServerDate(5000, 0, 0) // offset ≈ 5.5 s
    expect(listener).toHaveBeenCalledTimes(1)
    const first = getServerClockOffset()
    recordServerDate(15_000, 10_000, 10_400) // ≈ 5.3 s: within the header's resolution
    expect(getServerClockOffset()).toBe(first)
    expect(listener).toHaveBeenCalledTimes(1)
    for (let i = 0; i < 5; i += 1) recordServerDate(100_000 + i, 0, 0) // the server jumped
    expect(getServerClockOffset()).toBeGreaterThan(99_000)
    expect(listener).toHaveBeenCalledTimes(2)
    unsubscribe()
    expect(elapsedSince(10, 5)).toBe(0)
  })
})
