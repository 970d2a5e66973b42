import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DashboardPage } from '../../src/app/dashboard-page'
import { createQueryClient } from '../../src/app/query-client'
import { server } from '../../mocks/node'
import { advance, advanceUntil, useFakeClock } from '../fake-clock'
import { renderWithFeed } from '../render'

const articleMoment = Date.parse('2025-06-10T09:15:00+01:00')

beforeEach(() => {
  useFakeClock()
  vi.spyOn(console, 'warn').mockImplementation(() => {})
})
afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

describe('live refresh: failure, stale mark, backoff and recovery', () => {
  it('keeps the quotes on screen through failed refreshes, marks them stale, retries with backoff, and recovers', async () => {
    const { queryClient } = renderWithFeed(<DashboardPage />, {
      now: articleMoment,
      queryClient: createQueryClient(30),
    })
    const quotes = screen.getByRole('region', { name: 'Quote wall' })
    const header = screen.getByRole('heading', { level: 1 }).closest('header')!
    // The whole page loaded and every chart mounted: nothing mounts later with a request of its own.
    await advanceUntil(() => {
      expect(queryClient.isFetching()).toBe(0)
      expect(
        screen.getByText('All instruments rebased to the start of the window'),
      ).toBeInTheDocument()
    })
    expect(within(quotes).getAllByText('“China’s not easy.”').length).toBeGreaterThan(0)
    expect(within(header).getByText(/updated \d+ s ago/)).toBeInTheDocument()

    const failedAt: number[] = []
    server.use(
      http.get('*/demo-feed/quotes.json', () => {
        failedAt.push(Date.now())
        return new HttpResponse(null, { status: 503 })
      }),
    )
    // The next poll fails within the interval, and so do its 3 retries, 1 s, 2 s and 4 s apart.
    await advance(30_000 + 7_000)
    expect(failedAt).toHaveLength(4)
    expect(failedAt.slice(1).map((t, i) => t - failedAt[i]!)).toEqual([1000, 2000, 4000])
    expect(within(quotes).getAllByText('“China’s not easy.”').length).toBeGreaterThan(0)
    expect(within(quotes).getByText(/Refresh failed; showing data from/)).toBeInTheDocument()

    // No storm: nothing more until the next poll, a full interval after the last failure, which
    // retries in turn.
    await advance(29_000)
    expect(failedAt).toHaveLength(4)
    await advance(1_000)
    expect(failedAt).toHaveLength(5)
    expect(failedAt[4]! - failedAt[3]!).toBe(30_000)

    // Three intervals without a success: the header warns, with the time of the last success.
    await advance(60_000)
    expect(within(header).getByText(/Stale: last update \d+ min( \d+ s)? ago/)).toBeInTheDocument()

    server.resetHandlers()
    await advance(31_000)
    await advanceUntil(() =>
      expect(within(quotes).queryByText(/Refresh failed/)).not.toBeInTheDocument(),
    )
    expect(within(header).queryByText(/Stale/)).not.toBeInTheDocument()
    expect(within(quotes).getAllByText('“China’s not easy.”').length).toBeGreaterThan(0)
  })
})
