import { act, fireEvent, screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import quotesDoc from '../../../mocks/fixtures/quotes.json'
import marketsDoc from '../../../mocks/fixtures/markets.json'
import sessionsDoc from '../../../mocks/fixtures/sessions.json'
import brentDoc from '../../../mocks/fixtures/series/brent.json'
import { server } from '../../../mocks/node'
import { alertsStorageKey } from '../../../src/features/alerts/alert-rules'
import { AlertToasts } from '../../../src/features/alerts/alert-toasts'
import { clearToasts } from '../../../src/features/alerts/alert-toasts-store'
import { AlertsDialog } from '../../../src/features/alerts/alerts-dialog'
import { advance, advanceUntil, useFakeClock } from '../../fake-clock'
import { renderWithFeed } from '../../render'
import { visitInLondon } from '../../page'
import { serveFeed, threeRoundsFeed } from '../../feed/three-rounds-feed'

// The article's moment: 09:15 London on Tuesday; Day 2 starts at ~10:00 London.
const articleMoment = Date.parse('2025-06-10T09:15:00+01:00')
const feed = 'http://localhost/demo-feed/'

function open(search = '') {
  visitInLondon(search)
  return renderWithFeed(
    <>
      <AlertsDialog />
      <AlertToasts />
    </>,
    { now: articleMoment },
  )
}

const toasts = () => screen.getByRole('region', { name: 'Alerts fired' })

async function addSessionStartAlert() {
  fireEvent.click(screen.getByRole('button', { name: /Alerts/ }))
  const dialog = screen.getByRole('dialog', { name: 'Alerts' })
  fireEvent.change(within(dialog).getByLabelText('Alert me when'), { target: { value: 'session' } })
  await advanceUntil(() =>
    expect(within(dialog).getByRole('option', { name: 'Day 2' })).toBeInTheDocument(),
  )
  fireEvent.change(within(dialog).getByLabelText('Session'), { target: { value: 'london-day-2' } })
  fireEvent.change(within(dialog).getByLabelText('On'), { target: { value: 'start' } })
  fireEvent.click(within(dialog).getByRole('button', { name: 'Add alert' }))
  expect(within(dialog).getByRole('list', { name: 'Your alerts' })).toHaveTextContent(
    'Day 2 starts',
  )
  return dialog
}

beforeEach(() => useFakeClock())
afterEach(() => {
  vi.useRealTimers()
  act(() => clearToasts())
})

describe('alerts', () => {
  it('a session alert fires as a message on the page when the session starts, and can be dismissed', async () => {
    open()
    await addSessionStartAlert()
    await advance(30 * 60_000)
    expect(within(toasts()).queryByRole('status')).toBeNull()
    await advance(16 * 60_000)
    const toast = within(toasts()).getByRole('status')
    // The feed gives Day 2's start as exactly 10:00 (only its end is estimated) and lists it as
    // scheduled: the alert does not claim more than the schedule, nor call the start approximate.
    expect(toast).toHaveTextContent('Day 2 was scheduled to start now')
    expect(toast).toHaveTextContent('Scheduled start; the feed has not said it began')
    expect(toast).not.toHaveTextContent('approximate')
    expect(toast).not.toHaveTextContent('has started')
    fireEvent.click(
      within(toast).getByRole('button', {
        name: 'Dismiss alert: Day 2 was scheduled to start now',
      }),
    )
    expect(within(toasts()).queryByRole('status')).toBeNull()
    // Kept in the browser, per feed.
    expect(JSON.parse(window.localStorage.getItem(alertsStorageKey(feed)) ?? '[]')).toHaveLength(1)
  })

  it('a move alert on a yield is set in basis points', async () => {
    // Test data: the demo's Dollar Index made a 10-year yield.
    server.use(
      http.get('*/demo-feed/markets.json', () =>
        HttpResponse.json({
          ...marketsDoc,
          instruments: marketsDoc.instruments.map((i) =>
            i.id === 'dxy' ? { ...i, shortName: 'Test 10Y', kind: 'yield', unit: '%' } : i,
          ),
        }),
      ),
    )
    open()
    fireEvent.click(screen.getByRole('button', { name: /Alerts/ }))
    const dialog = screen.getByRole('dialog', { name: 'Alerts' })
    fireEvent.change(within(dialog).getByLabelText('Alert me when'), { target: { value: 'move' } })
    await advanceUntil(() =>
      expect(within(dialog).getByRole('option', { name: 'Test 10Y' })).toBeInTheDocument(),
    )
    expect(within(dialog).getByLabelText('Move, % either way')).toBeInTheDocument()
    fireEvent.change(within(dialog).getByLabelText('Instrument'), { target: { value: 'dxy' } })
    fireEvent.change(within(dialog).getByLabelText('Move, bp either way'), {
      target: { value: '5' },
    })
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add alert' }))
    expect(within(dialog).getByRole('list', { name: 'Your alerts' })).toHaveTextContent(
      /Test 10Y moves 5 bp either way since/,
    )
  })

  it('a move alert on a level that reaches zero is set in its unit, not in %', async () => {
    // Test data: the demo's Brent made a spread around zero (67 USD off every point).
    server.use(
      http.get('*/demo-feed/markets.json', () =>
        HttpResponse.json({
          ...marketsDoc,
          instruments: marketsDoc.instruments.map((i) =>
            i.id === 'brent' ? { ...i, shortName: 'Test spread', last: 0.21 } : i,
          ),
        }),
      ),
      http.get('*/demo-feed/series/brent.json', () =>
        HttpResponse.json({
          ...brentDoc,
          reference: { ...brentDoc.reference, value: 0.04 },
          points: brentDoc.points.map((p) => ({ ...p, v: Number((p.v - 67).toFixed(2)) })),
        }),
      ),
    )
    open()
    fireEvent.click(screen.getByRole('button', { name: /Alerts/ }))
    const dialog = screen.getByRole('dialog', { name: 'Alerts' })
    fireEvent.change(within(dialog).getByLabelText('Alert me when'), { target: { value: 'move' } })
    await advanceUntil(() =>
      expect(within(dialog).getByRole('option', { name: 'Test spread' })).toBeInTheDocument(),
    )
    fireEvent.change(within(dialog).getByLabelText('Instrument'), { target: { value: 'brent' } })
    await advanceUntil(() =>
      expect(within(dialog).getByLabelText('Move, USD per barrel either way')).toBeInTheDocument(),
    )
    fireEvent.change(within(dialog).getByLabelText('Move, USD per barrel either way'), {
      target: { value: '0.5' },
    })
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add alert' }))
    expect(within(dialog).getByRole('list', { name: 'Your alerts' })).toHaveTextContent(
      /Test spread moves 0.5 USD per barrel either way since/,
    )
    const stored = JSON.parse(window.localStorage.getItem(alertsStorageKey(feed)) ?? '[]')
    expect(stored).toMatchObject([{ kind: 'move', unit: 'level', percent: 0.5 }])
  })

  it('a level alert shows where the price is, and as of when, for the instrument chosen', async () => {
    open()
    fireEvent.click(screen.getByRole('button', { name: /Alerts/ }))
    const dialog = screen.getByRole('dialog', { name: 'Alerts' })
    await advanceUntil(() =>
      expect(
        within(dialog).getByText('S&P 500 last 6,005.88, as of Mon 9 Jun, ~21:00 BST.'),
      ).toBeInTheDocument(),
    )
    fireEvent.change(within(dialog).getByLabelText('Instrument'), { target: { value: 'brent' } })
    expect(
      within(dialog).getByText('Brent last $67.21 per barrel, as of Tue 10 Jun, ~09:00 BST.'),
    ).toBeInTheDocument()
    // The feed gives no level for the Nasdaq: nothing is said of one.
    fireEvent.change(within(dialog).getByLabelText('Instrument'), { target: { value: 'ixic' } })
    expect(within(dialog).queryByText(/ last /)).toBeNull()
  })

  it('an instrument chosen in the form that leaves the feed is not the one the alert is set on unseen', async () => {
    const { queryClient } = open()
    fireEvent.click(screen.getByRole('button', { name: /Alerts/ }))
    const dialog = screen.getByRole('dialog', { name: 'Alerts' })
    await advanceUntil(() =>
      expect(within(dialog).getByRole('option', { name: 'Dollar Index' })).toBeInTheDocument(),
    )
    fireEvent.change(within(dialog).getByLabelText('Instrument'), { target: { value: 'dxy' } })
    // The desk drops the Dollar Index from the feed while the form is open.
    server.use(
      http.get('*/demo-feed/markets.json', () =>
        HttpResponse.json({
          ...marketsDoc,
          instruments: marketsDoc.instruments.filter((i) => i.id !== 'dxy'),
        }),
      ),
    )
    await act(() => queryClient.refetchQueries({ queryKey: ['feed'] }))
    await advanceUntil(() =>
      expect(within(dialog).queryByRole('option', { name: 'Dollar Index' })).toBeNull(),
    )
    // The form shows the S&P 500 chosen: the alert added is on the S&P 500, as shown.
    expect(within(dialog).getByLabelText('Instrument')).toHaveValue('spx')
    fireEvent.change(within(dialog).getByLabelText('Level'), { target: { value: '6100' } })
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add alert' }))
    const stored = JSON.parse(window.localStorage.getItem(alertsStorageKey(feed)) ?? '[]')
    expect(stored).toMatchObject([{ kind: 'level', instrumentId: 'spx', level: 6100 }])
  })

  it('an alert on an instrument the feed no longer lists says so, instead of naming it by its id alone', async () => {
    window.localStorage.setItem(
      alertsStorageKey(feed),
      JSON.stringify([
        {
          kind: 'level',
          id: 'a1',
          muted: false,
          instrumentId: 'dxy',
          direction: 'above',
          level: 100,
        },
      ]),
    )
    server.use(
      http.get('*/demo-feed/markets.json', () =>
        HttpResponse.json({
          ...marketsDoc,
          instruments: marketsDoc.instruments.filter((i) => i.id !== 'dxy'),
        }),
      ),
    )
    open()
    fireEvent.click(screen.getByRole('button', { name: /Alerts/ }))
    const dialog = screen.getByRole('dialog', { name: 'Alerts' })
    await advanceUntil(() =>
      expect(
        within(dialog).getByText(
          'dxy (no longer in the feed: this alert will not fire) goes above 100',
        ),
      ).toBeInTheDocument(),
    )
  })

  it('a session chosen in the form that leaves the feed falls back to any session, as shown', async () => {
    const { queryClient } = open()
    fireEvent.click(screen.getByRole('button', { name: /Alerts/ }))
    const dialog = screen.getByRole('dialog', { name: 'Alerts' })
    fireEvent.change(within(dialog).getByLabelText('Alert me when'), {
      target: { value: 'session' },
    })
    await advanceUntil(() =>
      expect(within(dialog).getByRole('option', { name: 'Day 2' })).toBeInTheDocument(),
    )
    fireEvent.change(within(dialog).getByLabelText('Session'), {
      target: { value: 'london-day-2' },
    })
    // The desk withdraws Day 2 while the form is open.
    server.use(
      http.get('*/demo-feed/sessions.json', () =>
        HttpResponse.json({
          sessions: sessionsDoc.sessions.filter((s) => s.id !== 'london-day-2'),
        }),
      ),
    )
    await act(() => queryClient.refetchQueries({ queryKey: ['feed'] }))
    await advanceUntil(() =>
      expect(within(dialog).queryByRole('option', { name: 'Day 2' })).toBeNull(),
    )
    expect(within(dialog).getByLabelText('Session')).toHaveValue('')
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add alert' }))
    const stored = JSON.parse(window.localStorage.getItem(alertsStorageKey(feed)) ?? '[]')
    expect(stored).toMatchObject([{ kind: 'session', sessionId: null }])
  })

  it('says no level of a moment after the page’s (a replayed evening before the close)', async () => {
    visitInLondon('asof=2025-06-09T18:00:00Z')
    renderWithFeed(<AlertsDialog />, { now: Date.parse('2025-06-09T18:00:00Z') })
    fireEvent.click(screen.getByRole('button', { name: /Alerts/ }))
    const dialog = screen.getByRole('dialog', { name: 'Alerts' })
    await advanceUntil(() =>
      expect(within(dialog).getByRole('option', { name: 'Brent' })).toBeInTheDocument(),
    )
    expect(within(dialog).queryByText(/S&P 500 last/)).toBeNull()
  })

  it('names the event a move is measured from: a development by its title, a quote by its speaker and words', async () => {
    open()
    fireEvent.click(screen.getByRole('button', { name: /Alerts/ }))
    const dialog = screen.getByRole('dialog', { name: 'Alerts' })
    fireEvent.change(within(dialog).getByLabelText('Alert me when'), { target: { value: 'move' } })
    const since = () => within(dialog).getByLabelText('Since')
    await advanceUntil(() =>
      expect(
        within(since()).getByRole('option', { name: /^China's May exports to the US/ }),
      ).toBeInTheDocument(),
    )
    const addSince = (value: string) => {
      fireEvent.change(since(), { target: { value } })
      fireEvent.change(within(dialog).getByLabelText('Move, % either way'), {
        target: { value: '1' },
      })
      fireEvent.click(within(dialog).getByRole('button', { name: 'Add alert' }))
    }
    addSince('development:china-may-exports-to-us')
    const quote = quotesDoc.quotes[0]!
    addSince(`quote:${quote.id}`)
    const list = within(dialog).getByRole('list', { name: 'Your alerts' })
    expect(list).toHaveTextContent(
      "S&P 500 moves 1% either way since “China's May exports to the US down 34.5%”",
    )
    expect(list).toHaveTextContent(/S&P 500 moves 1% either way since Donald Trump’s “/)
    expect(list).not.toHaveTextContent(/since the (development|quote) /)
  })

  it('names a session with its round in a feed of rounds, in the choices and in the list', async () => {
    visitInLondon()
    server.use(...serveFeed(threeRoundsFeed()))
    renderWithFeed(<AlertsDialog />, { now: articleMoment })
    fireEvent.click(screen.getByRole('button', { name: /Alerts/ }))
    const dialog = screen.getByRole('dialog', { name: 'Alerts' })
    fireEvent.change(within(dialog).getByLabelText('Alert me when'), { target: { value: 'sigma' } })
    await advanceUntil(() =>
      expect(
        within(dialog).getByRole('option', { name: 'Session: London, Day 2' }),
      ).toBeInTheDocument(),
    )
    expect(
      within(within(dialog).getByLabelText('Since')).getAllByRole('option', { name: /^Session: / }),
    ).toHaveLength(6)
    expect(within(dialog).queryByRole('option', { name: 'Session: Day 2' })).toBeNull()
    fireEvent.change(within(dialog).getByLabelText('Alert me when'), {
      target: { value: 'session' },
    })
    expect(within(dialog).getByRole('option', { name: 'London, Day 2' })).toBeInTheDocument()
    fireEvent.change(within(dialog).getByLabelText('Session'), {
      target: { value: 'london-day-2' },
    })
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add alert' }))
    expect(within(dialog).getByRole('list', { name: 'Your alerts' })).toHaveTextContent(
      'London, Day 2 starts or ends',
    )
  })

  it('a muted alert fires nothing; removing it empties the list', async () => {
    open()
    const dialog = await addSessionStartAlert()
    fireEvent.click(within(dialog).getByRole('button', { name: 'Mute' }))
    expect(within(dialog).getByRole('button', { name: 'Muted' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    await advance(46 * 60_000)
    expect(within(toasts()).queryByRole('status')).toBeNull()
    fireEvent.click(within(dialog).getByRole('button', { name: /^Remove alert/ }))
    expect(within(dialog).getByText('No alerts set yet.')).toBeInTheDocument()
  })

  it('a followed person’s new quote fires an alert with what they said', async () => {
    window.localStorage.setItem(
      `ttm.follows.v1:${feed}`,
      JSON.stringify({ people: ['scott-bessent'], topics: [] }),
    )
    window.localStorage.setItem(
      alertsStorageKey(feed),
      JSON.stringify([{ kind: 'followed', id: 'f1', muted: false }]),
    )
    const { queryClient } = open()
    await advanceUntil(() => expect(queryClient.isFetching()).toBe(0))
    await advance(1000)
    expect(within(toasts()).queryByRole('status')).toBeNull()
    const fresh = {
      ...quotesDoc.quotes[0],
      id: 'bessent-fresh',
      personId: 'scott-bessent',
      text: 'We are making headway.',
      saidAt: '2025-06-10T09:10:00+01:00',
    }
    server.use(
      http.get('*/demo-feed/quotes.json', () =>
        HttpResponse.json({ quotes: [...quotesDoc.quotes, fresh] }),
      ),
    )
    await act(() => queryClient.refetchQueries())
    await advanceUntil(() =>
      expect(within(toasts()).getByRole('status')).toHaveTextContent(
        'Scott Bessent: “We are making headway.”',
      ),
    )
  })

  it('an alert on a session already over says nothing when the page opens (the sessions load after the first look)', async () => {
    // Day 1 of the demo ended on Monday evening, long before the page's moment.
    window.localStorage.setItem(
      alertsStorageKey(feed),
      JSON.stringify([
        { kind: 'session', id: 's1', muted: false, sessionId: 'london-day-1', edge: 'both' },
      ]),
    )
    const { queryClient } = open()
    await advanceUntil(() => expect(queryClient.isFetching()).toBe(0))
    await advance(2000)
    expect(within(toasts()).queryByRole('status')).toBeNull()
  })

  it('fires nothing in replay: history is not news', async () => {
    window.localStorage.setItem(
      alertsStorageKey(feed),
      JSON.stringify([{ kind: 'session', id: 's1', muted: false, sessionId: null, edge: 'both' }]),
    )
    open('&asof=2025-06-10T08:00:00Z')
    await advance(60 * 60_000)
    expect(within(toasts()).queryByRole('status')).toBeNull()
  })
})
