import { act, screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { server } from '../../mocks/node'
import { createQueryClient } from '../../src/app/query-client'
import { QuoteWall } from '../../src/features/quotes/quote-wall'
import { TimelinePanel } from '../../src/features/timeline/timeline-panel'
import { advance, advanceUntil, useFakeClock } from '../fake-clock'
import { visit } from '../page'
import { renderWithFeed, testRuntime } from '../render'

// A live page (polled every 30 s) shown in Tokyo's time, whose refresh of a document fails while
// its data stays on screen; the browser's own zone is another (the test runs in UTC or anywhere).
const articleMoment = Date.parse('2025-06-10T09:15:00+01:00')
const inTokyo = () => ({
  now: articleMoment,
  queryClient: createQueryClient(30),
  runtime: testRuntime({ timeZone: 'Asia/Tokyo' }),
})
const markName = (file: string) =>
  new RegExp(
    `^Refresh failed; showing data from \\d\\d:\\d\\d:\\d\\d GMT\\+9\\. ${file}: the feed answered HTTP 503$`,
  )

beforeEach(() => {
  useFakeClock()
  visit('/')
  vi.spyOn(console, 'warn').mockImplementation(() => {})
})
afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

/** The panel's header line, and everything under it (the content a reader reads). */
function parts(name: string) {
  const region = screen.getByRole('region', { name })
  const header = region.querySelector('header')!
  const content = header.nextElementSibling as HTMLElement
  return { region, header, content }
}

const failing = (file: string) =>
  server.use(http.get(`*/demo-feed/${file}`, () => new HttpResponse(null, { status: 503 })))

describe('a panel’s refresh-failed mark', () => {
  it('quote wall: in its header, in the display zone and named by it, said once while it lasts', async () => {
    const { queryClient } = renderWithFeed(<QuoteWall />, inTokyo())
    await advanceUntil(() => {
      expect(queryClient.isFetching()).toBe(0)
      expect(screen.getByText('12 of 12 quotes')).toBeInTheDocument()
    })
    const { header, content } = parts('Quote wall')
    const news = within(header).getByRole('status')
    expect(news).toHaveTextContent(/^$/)

    failing('quotes.json')
    // The next poll fails, and its 3 retries; meanwhile the header says the wall is being retried.
    await advance(30_000 + 1_500)
    expect(within(header).getByRole('button', { name: /retrying \(\d of 3\)/ })).toBeVisible()
    expect(content).not.toHaveTextContent(/retrying/)
    await advance(6_000)
    const mark = await advanceUntil(() =>
      within(header).getByRole('button', { name: markName('quotes.json') }),
    )
    // Nothing of it above the quotes: their place does not move.
    expect(content).not.toHaveTextContent(/Refresh failed/)
    expect(screen.getByText('12 of 12 quotes')).toBeInTheDocument()
    // Told once, in words that hold still while the failure lasts (no reason that may vary).
    const said = news.textContent
    expect(said).toMatch(/^Quote wall: refresh failed; showing data from \d\d:\d\d:\d\d GMT\+9\.$/)
    await advance(30_000 + 7_000)
    expect(news.textContent).toBe(said)
    expect(mark).toBeInTheDocument()

    // The whole words a click away.
    act(() => mark.click())
    await advanceUntil(() =>
      expect(
        within(header).getByText(/^Refresh failed; showing data from .*GMT\+9/, { selector: 'p' }),
      ).toBeVisible(),
    )

    server.resetHandlers()
    await advance(31_000)
    await advanceUntil(() => expect(news).toBeEmptyDOMElement(), { timeout: 5_000 })
    expect(within(header).queryByRole('button', { name: /Refresh failed/ })).toBeNull()
  })

  it('timeline: in its header, for the quote markers too, never above the list', async () => {
    const { queryClient } = renderWithFeed(<TimelinePanel />, inTokyo())
    await advanceUntil(() => {
      expect(queryClient.isFetching()).toBe(0)
      expect(screen.getAllByText(/China’s not easy\./).length).toBeGreaterThan(0)
    })
    const { header, content } = parts('Timeline')
    failing('quotes.json')
    await advance(30_000 + 7_000)
    await advanceUntil(() => within(header).getByRole('button', { name: markName('quotes.json') }))
    expect(content).not.toHaveTextContent(/Refresh failed|retrying/)
    expect(within(header).getByRole('status')).toHaveTextContent(
      /^Timeline: refresh failed; showing data from \d\d:\d\d:\d\d GMT\+9\.$/,
    )
  })
})
