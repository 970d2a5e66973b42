import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { server } from '../../../mocks/node'
import { createQueryClient } from '../../../src/app/query-client'
import { TimelinePanel } from '../../../src/features/timeline/timeline-panel'
import { advance, advanceUntil, useFakeClock } from '../../fake-clock'
import { visitInLondon } from '../../page'
import { renderWithFeed } from '../../render'

const articleMoment = Date.parse('2025-06-10T09:15:00+01:00')
const refreshFailed = /Refresh failed; showing data from .*quotes\.json: the feed answered HTTP 503/

beforeEach(() => {
  useFakeClock()
  vi.spyOn(console, 'warn').mockImplementation(() => {})
})
afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

describe('timeline: a failed refresh of the quotes, live', () => {
  it('keeps the quote markers, says they are not refreshed, and stops saying so once they are', async () => {
    visitInLondon()
    const { queryClient } = renderWithFeed(<TimelinePanel />, {
      now: articleMoment,
      queryClient: createQueryClient(30),
    })
    const region = screen.getByRole('region', { name: 'Timeline' })
    await advanceUntil(() => {
      expect(queryClient.isFetching()).toBe(0)
      expect(within(region).getAllByText(/China’s not easy\./).length).toBeGreaterThan(0)
    })
    expect(region).not.toHaveTextContent(/Refresh failed/)

    // Only quotes.json fails: the next poll and its three retries (1 s, 2 s, 4 s apart).
    server.use(http.get('*/demo-feed/quotes.json', () => new HttpResponse(null, { status: 503 })))
    await advance(30_000 + 7_000)
    await advanceUntil(() => expect(region).toHaveTextContent(refreshFailed), { timeout: 5_000 })
    // The markers stay, from the last quotes that loaded.
    expect(within(region).getAllByText(/China’s not easy\./).length).toBeGreaterThan(0)

    server.resetHandlers()
    await advance(31_000)
    await advanceUntil(() => expect(region).not.toHaveTextContent(/Refresh failed/))
    expect(within(region).getAllByText(/China’s not easy\./).length).toBeGreaterThan(0)
  })
})
