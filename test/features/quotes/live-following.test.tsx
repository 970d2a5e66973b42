import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import quotesDoc from '../../../mocks/fixtures/quotes.json'
import { server } from '../../../mocks/node'
import { createQueryClient } from '../../../src/app/query-client'
import { QuoteWall } from '../../../src/features/quotes/quote-wall'
import { ChromeContext, fullChrome } from '../../../src/hooks/chrome-context'
import { listTakenIn } from '../../list-taken-in'
import { advance, advanceUntil, useFakeClock } from '../../fake-clock'
import { failOnceThen } from '../../fail-once'
import { renderWithFeed } from '../../render'
import {
  countRendersInEachTest,
  expectIdleRefreshesQuiet,
  renderCountingCommits,
} from '../../render-counts'
import { quoteCard, quoteItems, visitInLondon } from '../../page'

const articleMoment = Date.parse('2025-06-10T09:15:00+01:00')
const total = quotesDoc.quotes.length
const fresh = {
  ...quotesDoc.quotes[0],
  id: 'bessent-fresh',
  personId: 'scott-bessent',
  text: 'We are making headway on rare earths.',
  saidAt: '2025-06-10T09:10:00+01:00',
  saidAtPrecision: 'exact',
}

async function ready(n = total) {
  expect(await screen.findByText(`${n} of ${n} quotes`)).toBeInTheDocument()
}

countRendersInEachTest()
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(10_000)
})
afterEach(() => {
  vi.restoreAllMocks()
  vi.useRealTimers()
})

/** A first visit (the baseline: nothing new), then a feed with one more quote, `fresh`. */
async function visitedThenFreshQuote() {
  visitInLondon()
  const { unmount } = renderWithFeed(<QuoteWall />, { now: articleMoment })
  await ready()
  // The list is remembered once it is on screen.
  await listTakenIn()
  unmount()
  server.use(
    http.get('*/demo-feed/quotes.json', () =>
      HttpResponse.json({ ...quotesDoc, quotes: [...quotesDoc.quotes, fresh] }),
    ),
  )
}

/** The quote at the top of the scroller's view, and how far into it the view starts. */
function placeIn(scroller: HTMLElement) {
  const rows = quoteItems().map((li) => {
    const row = li.closest<HTMLElement>('[style*=translateY]')!
    return {
      id: li.dataset.quoteId,
      start: Number(/translateY\((\d+)px\)/.exec(row.style.transform)![1]),
    }
  })
  const top = rows.filter((row) => row.start <= scroller.scrollTop).at(-1)!
  return { id: top.id, into: scroller.scrollTop - top.start }
}

describe('quote wall: refresh', () => {
  it('keeps the reader’s place when a new quote arrives above it', async () => {
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600)
    visitInLondon()
    const { queryClient } = renderWithFeed(<QuoteWall />, { now: articleMoment })
    await ready()
    const scroller = quoteItems()[0]!.closest('ol, ul')!.parentElement!
    // The reader has scrolled down the wall, into the second newest quote.
    scroller.scrollTop = 600
    fireEvent.scroll(scroller)
    const before = placeIn(scroller)
    expect(before.into).toBeGreaterThan(0)
    server.use(
      http.get('*/demo-feed/quotes.json', () =>
        HttpResponse.json({ ...quotesDoc, quotes: [...quotesDoc.quotes, fresh] }),
      ),
    )
    await act(() => queryClient.refetchQueries())
    await ready(total + 1)
    expect(quoteItems()[0]).toHaveAttribute('data-quote-id', fresh.id)
    // The new quote came in above the view: the view moves down with the rows it shows, rather
    // than those rows sliding down under the reader.
    await waitFor(() => expect(placeIn(scroller)).toEqual(before))
  })

  it('re-renders nothing on a refresh that brings nothing new, and shows a new quote marked New', async () => {
    useFakeClock()
    visitInLondon()
    const { queryClient, commits } = renderCountingCommits(<QuoteWall />, { now: articleMoment })
    await advanceUntil(() =>
      expect(screen.getByText(`${total} of ${total} quotes`)).toBeInTheDocument(),
    )
    // The first visit is the baseline: nothing is new.
    expect(screen.queryByText('New')).toBeNull()
    const before = await expectIdleRefreshesQuiet(queryClient, commits, 'quotes.list')

    server.use(
      http.get('*/demo-feed/quotes.json', () =>
        HttpResponse.json({ ...quotesDoc, quotes: [...quotesDoc.quotes, fresh] }),
      ),
    )
    await act(() => queryClient.refetchQueries())
    await advanceUntil(() =>
      expect(screen.getByText(`${total + 1} of ${total + 1} quotes`)).toBeInTheDocument(),
    )
    expect(commits()).toBeGreaterThan(before.commits ?? 0)
    expect(window.__ttmRenders?.['quotes.list']).toBeGreaterThan(before['quotes.list'] ?? 0)
    expect(within(quoteCard('bessent-fresh')).getByText('New')).toBeInTheDocument()
    expect(within(quoteCard('trump-china-not-easy')).queryByText('New')).toBeNull()

    fireEvent.click(screen.getByRole('button', { name: 'Mark all seen: 1 new quote' }))
    await advanceUntil(() =>
      expect(within(quoteCard('bessent-fresh')).queryByText('New')).toBeNull(),
    )
    expect(screen.queryByRole('button', { name: /Mark all seen/ })).toBeNull()
  })

  it('keeps a new quote new across a reload until it is seen', async () => {
    await visitedThenFreshQuote()
    renderWithFeed(<QuoteWall />, { now: articleMoment })
    await ready(total + 1)
    expect(within(quoteCard('bessent-fresh')).getByText('New')).toBeInTheDocument()
  })

  it('marks nothing new in replay', async () => {
    await visitedThenFreshQuote()
    visitInLondon('asof=2025-06-10T08:30:00Z')
    renderWithFeed(<QuoteWall />, { now: articleMoment })
    expect(await screen.findByText(/of \d+ quotes$/)).toBeInTheDocument()
    await waitFor(() => expect(quoteItems().length).toBeGreaterThan(0))
    expect(screen.queryByText('New')).toBeNull()
    expect(screen.queryByRole('button', { name: /Mark all seen/ })).toBeNull()
  })

  it('says "retrying (1 of 3)" while the quotes are tried again after a 500, then shows them', async () => {
    useFakeClock()
    const calls = failOnceThen('*/demo-feed/quotes.json', quotesDoc)
    visitInLondon()
    renderWithFeed(<QuoteWall />, { now: articleMoment, queryClient: createQueryClient(60) })
    await advanceUntil(() => expect(calls()).toBe(1), { step: 0 })
    await advanceUntil(() => expect(screen.getByText(/retrying \(1 of 3\)/)).toBeInTheDocument(), {
      step: 0,
    })
    // Says what happened: the feed answered, with an error (not "did not answer").
    expect(screen.getByText(/retrying/)).toHaveTextContent(
      'quotes.json: the feed answered HTTP 500; retrying (1 of 3)…',
    )
    // The retry waits its backoff (1 s), not a moment less.
    await advance(990)
    expect(calls()).toBe(1)
    await advance(20)
    await advanceUntil(
      () => expect(screen.getByText(`${total} of ${total} quotes`)).toBeInTheDocument(),
      { step: 0 },
    )
    expect(screen.queryByText(/retrying/)).toBeNull()
    expect(calls()).toBe(2)
  })
})

describe('quote wall: follows', () => {
  it('follows a speaker from a card, marks their quotes Followed, and offers notifications only then', async () => {
    const requestPermission = vi.fn(() => Promise.resolve<NotificationPermission>('granted'))
    vi.stubGlobal(
      'Notification',
      Object.assign(vi.fn(), { permission: 'default', requestPermission }),
    )
    visitInLondon()
    renderWithFeed(<QuoteWall />, { now: articleMoment })
    await ready()
    expect(screen.queryByRole('button', { name: /Notify me/ })).toBeNull()
    expect(screen.queryByText('Followed')).toBeNull()

    const follow = within(quoteCard('bessent-good')).getByRole('button', {
      name: 'Follow Scott Bessent',
    })
    expect(follow).toHaveAttribute('aria-pressed', 'false')
    fireEvent.click(follow)
    await waitFor(() =>
      expect(
        within(quoteCard('bessent-good')).getByRole('button', { name: 'Follow Scott Bessent' }),
      ).toHaveAttribute('aria-pressed', 'true'),
    )
    expect(within(quoteCard('bessent-good')).getByText('Followed')).toBeInTheDocument()
    expect(
      within(quoteCard('bessent-good')).getByRole('button', { name: 'Follow Scott Bessent' }),
    ).toHaveTextContent('Following')
    expect(within(quoteCard('trump-china-not-easy')).queryByText('Followed')).toBeNull()
    expect(
      JSON.parse(
        window.localStorage.getItem('ttm.follows.v1:' + 'http://localhost/demo-feed/') ?? 'null',
      ),
    ).toBeTruthy()

    // Permission is asked for only from the button.
    expect(requestPermission).not.toHaveBeenCalled()
    fireEvent.click(screen.getByRole('button', { name: /Notify me/ }))
    await waitFor(() => expect(requestPermission).toHaveBeenCalledTimes(1))
    vi.unstubAllGlobals()
  })

  it('follows a topic chosen in the filters', async () => {
    visitInLondon('topic=rare-earths')
    renderWithFeed(<QuoteWall />, { now: articleMoment })
    expect(await screen.findByText(/of 12 quotes$/)).toBeInTheDocument()
    const button = screen.getByRole('button', { name: 'Follow the topic Rare earths' })
    fireEvent.click(button)
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Follow the topic Rare earths' })).toHaveAttribute(
        'aria-pressed',
        'true',
      ),
    )
    for (const item of quoteItems()) expect(within(item).getByText('Followed')).toBeInTheDocument()
  })
})

describe('quote wall: chrome', () => {
  it('hides the filter bar when filters are off, and caps the list without vh when sized by the host', async () => {
    visitInLondon()
    renderWithFeed(
      <ChromeContext value={{ ...fullChrome, filters: false, autoHeight: true }}>
        <QuoteWall />
      </ChromeContext>,
      { now: articleMoment },
    )
    await ready()
    expect(screen.queryByRole('search', { name: 'Find quotes' })).toBeNull()
    const scroller = screen.getByRole('list', { name: 'Quotes' }).parentElement
    expect(scroller?.className).not.toMatch(/vh/)
    expect(scroller?.className).toMatch(/max-h-\[40rem\]/)
  })

  it('keeps the filter bar and the viewport cap by default', async () => {
    visitInLondon()
    renderWithFeed(<QuoteWall />, { now: articleMoment })
    await ready()
    expect(screen.getByRole('search', { name: 'Find quotes' })).toBeInTheDocument()
    expect(screen.getByRole('list', { name: 'Quotes' }).parentElement?.className).toMatch(
      /max-h-\[70vh\]/,
    )
  })
})
