import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it, vi } from 'vitest'
import developmentsDoc from '../../../mocks/fixtures/developments.json'
import quotesDoc from '../../../mocks/fixtures/quotes.json'
import sessionsDoc from '../../../mocks/fixtures/sessions.json'
import { server } from '../../../mocks/node'
import { createQueryClient } from '../../../src/app/query-client'
import { TimelinePanel } from '../../../src/features/timeline/timeline-panel'
import { ChromeContext, fullChrome } from '../../../src/hooks/chrome-context'
import { advance, advanceUntil, useFakeClock } from '../../fake-clock'
import { failOnceThen } from '../../fail-once'
import { renderWithFeed } from '../../render'
import {
  countRendersInEachTest,
  expectIdleRefreshesQuiet,
  renderCountingCommits,
} from '../../render-counts'
import { timelineList, visitInLondon } from '../../page'

const articleMoment = Date.parse('2025-06-10T09:15:00+01:00')
const listName = 'Sessions, developments and quotes in time order'
const fresh = {
  ...developmentsDoc.developments[0],
  id: 'mofcom-fresh',
  kind: 'statement',
  title: 'Commerce ministry: talks constructive',
  at: '2025-06-10T08:30:00+01:00',
  atPrecision: 'exact',
  personIds: [],
  topicIds: ['rare-earths'],
  figures: [],
}

const entry = (list: HTMLElement, text: string) => {
  const li = [...list.children].find((child) => child.textContent?.includes(text))
  if (!(li instanceof HTMLElement)) throw new Error(`no entry with ${text}`)
  return li
}

countRendersInEachTest()
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe('timeline: refresh and what is new', () => {
  it('re-renders nothing on a refresh that brings nothing new; a new development renders, marked New', async () => {
    useFakeClock()
    visitInLondon()
    const { queryClient, commits } = renderCountingCommits(<TimelinePanel />, {
      now: articleMoment,
    })
    const list = await advanceUntil(() =>
      within(screen.getByRole('region', { name: 'Timeline' })).getByRole('list', {
        name: listName,
      }),
    )
    await advanceUntil(() => expect(queryClient.isFetching()).toBe(0))
    expect(within(list).queryByText('New')).toBeNull()
    const before = await expectIdleRefreshesQuiet(queryClient, commits, 'timeline.list')

    server.use(
      http.get('*/demo-feed/developments.json', () =>
        HttpResponse.json({ developments: [...developmentsDoc.developments, fresh] }),
      ),
    )
    await act(() => queryClient.refetchQueries())
    const added = await advanceUntil(() => entry(list, 'Commerce ministry: talks constructive'))
    expect(within(added).getByText('New')).toBeInTheDocument()
    expect(within(entry(list, 'May exports to the US down 34.5%')).queryByText('New')).toBeNull()
    expect(window.__ttmRenders?.['timeline.list']).toBeGreaterThan(before['timeline.list'] ?? 0)
    expect(screen.getByText('1 new development since you last looked')).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: 'Mark all seen' }))
    await advanceUntil(() =>
      expect(
        within(entry(list, 'Commerce ministry: talks constructive')).queryByText('New'),
      ).toBeNull(),
    )
  })

  it('says "retrying (1 of 3)" after a 500, then shows the timeline', async () => {
    useFakeClock()
    const calls = failOnceThen('*/demo-feed/sessions.json', sessionsDoc)
    visitInLondon()
    renderWithFeed(<TimelinePanel />, { now: articleMoment, queryClient: createQueryClient(60) })
    await advanceUntil(() => expect(screen.getByText(/retrying \(1 of 3\)/)).toBeInTheDocument(), {
      step: 0,
    })
    // The retry waits its backoff (1 s), not a moment less.
    await advance(990)
    expect(calls()).toBe(1)
    await advance(20)
    await advanceUntil(
      () =>
        within(screen.getByRole('region', { name: 'Timeline' })).getByRole('list', {
          name: listName,
        }),
      { step: 0 },
    )
    expect(screen.queryByText(/retrying/)).toBeNull()
    expect(calls()).toBe(2)
  })

  it('while the quotes are retried, says so above the list instead of covering its first entry', async () => {
    useFakeClock()
    const calls = failOnceThen('*/demo-feed/quotes.json', quotesDoc)
    visitInLondon()
    renderWithFeed(<TimelinePanel />, { now: articleMoment, queryClient: createQueryClient(60) })
    const region = () => screen.getByRole('region', { name: 'Timeline' })
    await advanceUntil(() => within(region()).getByRole('list', { name: listName }), { step: 0 })
    await advanceUntil(
      () => expect(within(region()).getByText(/retrying \(1 of 3\)/)).toBeVisible(),
      {
        step: 0,
      },
    )
    expect(within(region()).queryByText('Loading the quote markers…')).toBeNull()
    await advance(1010)
    await advanceUntil(() => expect(within(region()).queryByText(/retrying/)).toBeNull(), {
      step: 0,
    })
    expect(calls()).toBe(2)
    expect(within(region()).queryByText('Loading the quote markers…')).toBeNull()
  })

  it('marks developments and quote markers from followed topics and people', async () => {
    window.localStorage.setItem(
      'ttm.follows.v1:http://localhost/demo-feed/',
      JSON.stringify({ people: ['scott-bessent'], topics: ['china-economy'] }),
    )
    visitInLondon()
    renderWithFeed(<TimelinePanel />, { now: articleMoment })
    const list = await timelineList()
    expect(
      within(entry(list, 'May exports to the US down 34.5%')).getByText('Followed'),
    ).toBeInTheDocument()
    const bessent = [...list.querySelectorAll<HTMLElement>('[data-roving-id]')].find((el) =>
      el.getAttribute('data-roving-id')?.startsWith('quotes:bessent'),
    )
    expect(bessent && within(bessent).getByText('Followed')).toBeInTheDocument()
    expect(within(entry(list, 'concrete handshake')).queryByText('Followed')).toBeNull()
  })
})

describe('timeline: chrome', () => {
  it('shows the keyboard hint with filters, and hides it without', async () => {
    visitInLondon()
    const { unmount } = renderWithFeed(<TimelinePanel />, { now: articleMoment })
    await timelineList()
    expect(screen.getByText('Arrow keys move, Enter selects, Escape clears')).toBeInTheDocument()
    unmount()
    renderWithFeed(
      <ChromeContext value={{ ...fullChrome, filters: false }}>
        <TimelinePanel />
      </ChromeContext>,
      { now: articleMoment },
    )
    await timelineList()
    expect(screen.queryByText('Arrow keys move, Enter selects, Escape clears')).toBeNull()
  })
})

describe('timeline: scale', () => {
  it('with 10,000 quotes draws a bounded number of markers and links the rest to the wall', async () => {
    const template = quotesDoc.quotes[0]
    const people = [...new Set(quotesDoc.quotes.map((q) => q.personId))]
    const start = Date.parse('2025-06-09T06:00:00Z')
    const many = Array.from({ length: 10_000 }, (_, i) => ({
      ...template,
      id: `gen-${i}`,
      personId: people[i % people.length],
      topicIds: quotesDoc.quotes[i % quotesDoc.quotes.length]?.topicIds ?? [],
      text: `Generated quote ${i}`,
      saidAt: new Date(start + i * 15_000).toISOString(),
      saidAtPrecision: 'exact',
      sessionId: null,
    }))
    server.use(http.get('*/demo-feed/quotes.json', () => HttpResponse.json({ quotes: many })))
    visitInLondon()
    renderWithFeed(<TimelinePanel />, { now: articleMoment })
    const list = await timelineList()
    // The quotes are validated in slices (a long document never blocks the page): wait for them.
    const quoteLinks = await within(list).findAllByRole('link', { name: /show on the quote wall/ })
    const region = screen.getByRole('region', { name: 'Timeline' })
    const elements = region.querySelectorAll('*').length
    expect(elements).toBeLessThan(1500)
    expect(quoteLinks.length).toBeLessThanOrEqual(30)
    const more = within(list).getAllByRole('link', {
      name: /^\+[\d,]+ more quotes\s*in this stretch/,
    })
    expect(more.length).toBeGreaterThan(0)
    const hiddenTotal = more.reduce(
      (n, link) =>
        n + Number(/\+([\d,]+)/.exec(link.textContent ?? '')?.[1]?.replace(/,/g, '') ?? 0),
      0,
    )
    expect(hiddenTotal + quoteLinks.length).toBe(10_000)
    // The link filters the wall to the stretch's time span.
    const href = more[0]?.getAttribute('href') ?? ''
    expect(new URLSearchParams(href.replace(/#.*$/, '')).get('from')).toBe('2025-06-09T06:00Z')
    expect(href).toMatch(/#quotes$/)
    fireEvent.click(more[0] as HTMLElement)
    await waitFor(() =>
      expect(new URLSearchParams(window.location.search).get('from')).toBe('2025-06-09T06:00Z'),
    )
    // "On the table" lists a few quotes per issue and links the rest.
    expect(
      within(region).getAllByRole('link', { name: /more quotes\s*on this topic/ }).length,
    ).toBeGreaterThan(0)
  })

  it('caps the quotes shown in one marker', async () => {
    const template = quotesDoc.quotes[0]
    const burst = Array.from({ length: 10 }, (_, i) => ({
      ...template,
      id: `burst-${i}`,
      text: `Burst ${i}`,
    }))
    server.use(http.get('*/demo-feed/quotes.json', () => HttpResponse.json({ quotes: burst })))
    visitInLondon()
    renderWithFeed(<TimelinePanel />, { now: articleMoment })
    const list = await timelineList()
    const marker = within(list).getByRole('list', { name: 'Quotes by Donald Trump' })
    expect(within(marker).getAllByRole('link', { name: /show on the quote wall/ })).toHaveLength(3)
    expect(
      within(marker).getByRole('link', { name: /^\+7 more quotes\s*by Donald Trump/ }),
    ).toHaveAttribute('href', expect.stringMatching(/speaker=donald-trump/))
  })
})
