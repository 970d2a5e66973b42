import { act, screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DashboardPage } from '../../src/app/dashboard-page'
import { createQueryClient } from '../../src/app/query-client'
import { server } from '../../mocks/node'
import { renderWithFeed } from '../render'

const articleMoment = Date.parse('2025-06-10T09:15:00+01:00')

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] })
  vi.spyOn(console, 'warn').mockImplementation(() => {})
})
afterEach(() => {
  server.events.removeAllListeners()
  vi.useRealTimers()
  vi.restoreAllMocks()
})

const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms))

describe('live refresh: failure, stale mark, backoff and recovery', () => {
  it('keeps the quotes on screen through failed refreshes, marks them stale, retries with backoff, and recovers', async () => {
    renderWithFeed(<DashboardPage />, { now: articleMoment, queryClient: createQueryClient(30) })
    const quotes = screen.getByRole('region', { name: 'Quote wall' })
    expect((await within(quotes).findAllByText('“China’s not easy.”')).length).toBeGreaterThan(0)
    const header = screen.getByRole('heading', { level: 1 }).closest('header')!
    expect(within(header).getByText(/updated \d+ s ago/)).toBeInTheDocument()

    let failures = 0
    server.use(
      http.get('*/demo-feed/quotes.json', () => {
        failures += 1
        return new HttpResponse(null, { status: 503 })
      }),
    )
    // The next poll (30 s) fails, and so do its 3 retries (1 s, 2 s, 4 s apart).
    await advance(30_000 + 8_000)
    expect(failures).toBe(4)
    expect(within(quotes).getAllByText('“China’s not easy.”').length).toBeGreaterThan(0)
    expect(within(quotes).getByText(/Refresh failed; showing data from/)).toBeInTheDocument()

    // No storm: one more poll, one more round of retries, not a request per render.
    await advance(30_000)
    expect(failures).toBeLessThanOrEqual(8)

    // Three intervals without a success: the header warns, with the time of the last success.
    await advance(30_000)
    expect(within(header).getByText(/Stale: last update \d+ min( \d+ s)? ago|Stale: last update 1 min/)).toBeInTheDocument()

    server.resetHandlers()
    await advance(31_000)
    expect(within(quotes).queryByText(/Refresh failed/)).not.toBeInTheDocument()
    expect(within(header).queryByText(/Stale/)).not.toBeInTheDocument()
    expect(within(quotes).getAllByText('“China’s not easy.”').length).toBeGreaterThan(0)
  })
})
