import { act, fireEvent, screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { server } from '../../../mocks/node'
import { alertsStorageKey } from '../../../src/features/alerts/alert-rules'
import { AlertToasts } from '../../../src/features/alerts/alert-toasts'
import { clearToasts } from '../../../src/features/alerts/alert-toasts-store'
import { AlertsDialog } from '../../../src/features/alerts/alerts-dialog'
import { advance, advanceUntil, useFakeClock } from '../../fake-clock'
import { calledOffFeed } from '../../feed/called-off-feed'
import { serveFeed } from '../../feed/three-rounds-feed'
import { visitInLondon } from '../../page'
import { renderWithFeed } from '../../render'

// Test data: the fictional Northport round (Day 4 still to come on 18 Sep; no developments) and a
// made-up Test Index: 100 on the morning of 17 Sep, 110 from 11:00, 100 from 12:00, 110 from 13:00.
const testIndex = {
  id: 'test-index',
  name: 'Test Index',
  shortName: 'Test Index',
  kind: 'equity-index',
  unit: 'points',
  currency: null,
  last: 110,
  change: null,
  changePercent: null,
  asOf: '2025-09-17T13:00:00+01:00',
  asOfPrecision: 'exact',
  timeZone: 'Europe/London',
  tradingHours: [],
  sourceIds: ['test-source'],
}
const otherIndex = { ...testIndex, id: 'other-index', name: 'Other Index', shortName: 'Other' }
const testIndexSeries = {
  instrumentId: 'test-index',
  illustrative: false,
  basis: 'level',
  reference: { value: 100, at: '2025-09-16T17:00:00+01:00', label: 'Previous close' },
  points: [
    { t: '2025-09-17T09:00:00+01:00', v: 100 },
    { t: '2025-09-17T11:00:00+01:00', v: 110 },
    { t: '2025-09-17T12:00:00+01:00', v: 100 },
    { t: '2025-09-17T13:00:00+01:00', v: 110 },
  ],
}
const storageKey = alertsStorageKey('http://localhost/demo-feed/')
const morning = Date.parse('2025-09-17T10:30:00+01:00')

/** The Northport feed with these instruments listed (or markets.json answering with `status`). */
function serveNorthport(instruments: unknown[] | { status: number }) {
  server.use(
    http.get('*/demo-feed/markets.json', () =>
      Array.isArray(instruments)
        ? HttpResponse.json({ instruments })
        : new HttpResponse('down', instruments),
    ),
    // The desk left the series file in place: only markets.json says what the feed lists.
    http.get('*/demo-feed/series/test-index.json', () => HttpResponse.json(testIndexSeries)),
    ...serveFeed(calledOffFeed({ withNextSession: true })),
  )
}

const level = (id: string, instrumentId: string, above: number) => ({
  kind: 'level',
  id,
  muted: false,
  instrumentId,
  direction: 'above',
  level: above,
})
const session = (id: string, sessionId: string) => ({
  kind: 'session',
  id,
  muted: false,
  sessionId,
  edge: 'both',
})
const moveSinceDevelopment = (id: string, instrumentId: string) => ({
  kind: 'move',
  id,
  muted: false,
  instrumentId,
  percent: 5,
  since: { kind: 'development', id: 'old-development' },
})

function keep(rules: unknown[]) {
  window.localStorage.setItem(storageKey, JSON.stringify(rules))
}

function yourAlerts() {
  fireEvent.click(screen.getByRole('button', { name: /Alerts/ }))
  const dialog = screen.getByRole('dialog', { name: 'Alerts' })
  return within(dialog).getByRole('list', { name: 'Your alerts' })
}

beforeEach(() => useFakeClock())
afterEach(() => {
  vi.useRealTimers()
  act(() => clearToasts())
})

describe('alerts on what the feed no longer lists', () => {
  it('say so, and count among those that will not fire, once the lists are in without it', async () => {
    keep([
      level('a1', 'gone-index', 100),
      session('a2', 'northport-day-9'),
      moveSinceDevelopment('a3', 'test-index'),
      moveSinceDevelopment('a4', 'gone-index'),
      session('a5', 'northport-day-4'),
    ])
    visitInLondon()
    serveNorthport([testIndex])
    const { queryClient } = renderWithFeed(<AlertsDialog />, { now: morning })
    // Until the lists are in, nothing is known to be gone.
    expect(screen.getByRole('button', { name: 'Alerts (5)' })).toBeInTheDocument()
    await advanceUntil(() => expect(queryClient.isFetching()).toBe(0))
    await advanceUntil(() =>
      expect(screen.getByRole('button', { name: 'Alerts (1, 4 will not fire)' })).toBeVisible(),
    )
    const list = yourAlerts()
    await advanceUntil(() => expect(list).toHaveTextContent('the development old-development ('))
    for (const words of [
      'gone-index (no longer in the feed: this alert will not fire) goes above 100',
      'northport-day-9 (no longer in the feed: this alert will not fire) starts or ends',
      'Test Index moves 5% either way since the development old-development (no longer in the feed: this alert will not fire)',
      // The second item gone: said gone, without saying twice that the alert will not fire.
      'gone-index (no longer in the feed: this alert will not fire) moves 5% either way since the development old-development (no longer in the feed)',
      'Day 4 starts or ends',
    ])
      expect(within(list).getByText(words)).toBeInTheDocument()
  })

  it('are not said gone nor counted while their list failed or has records that could not be read', async () => {
    keep([level('a1', 'gone-index', 100), level('a2', 'test-index', 100)])
    visitInLondon()
    serveNorthport({ status: 503 })
    const { queryClient } = renderWithFeed(<AlertsDialog />, { now: morning })
    await advanceUntil(() => expect(queryClient.isFetching()).toBe(0))
    expect(screen.getByRole('button', { name: 'Alerts (2)' })).toBeVisible()
    const list = yourAlerts()
    expect(within(list).getByText('gone-index goes above 100')).toBeInTheDocument()
    expect(within(list).getByText('test-index goes above 100')).toBeInTheDocument()
    // The desk's markets.json comes back with a record that cannot be read: it may be this one.
    serveNorthport([testIndex, { id: 'gone-index', kind: 'not a kind' }])
    await act(() => queryClient.refetchQueries({ queryKey: ['feed'] }))
    // The list is in (the Test Index named by the feed), yet not in whole.
    await advanceUntil(() =>
      expect(within(list).getByText('Test Index goes above 100')).toBeInTheDocument(),
    )
    expect(within(list).getByText('gone-index goes above 100')).toBeInTheDocument()
    expect(list).not.toHaveTextContent('no longer in the feed')
    expect(screen.getByRole('button', { name: 'Alerts (2)' })).toBeInTheDocument()
  })

  it('never fire while it is gone, and are live again once the feed lists it again', async () => {
    keep([level('a1', 'test-index', 105)])
    visitInLondon()
    // The desk dropped the Test Index from markets.json (its series file still there).
    serveNorthport([otherIndex])
    const { queryClient } = renderWithFeed(
      <>
        <AlertsDialog />
        <AlertToasts />
      </>,
      { now: morning },
    )
    await advanceUntil(() => expect(queryClient.isFetching()).toBe(0))
    const toasts = screen.getByRole('region', { name: 'Alerts fired' })
    // 11:00: the index goes above 105 while the feed does not list it: nothing fires.
    await advance(31 * 60_000)
    expect(within(toasts).queryByRole('status')).toBeNull()
    expect(screen.getByRole('button', { name: 'Alerts (0, 1 will not fire)' })).toBeVisible()
    // 12:30, back under 105: the desk lists it again. Nothing is deleted; the alert is live.
    await advance(90 * 60_000)
    serveNorthport([otherIndex, testIndex])
    await act(() => queryClient.refetchQueries({ queryKey: ['feed'] }))
    await advanceUntil(() =>
      expect(screen.getByRole('button', { name: 'Alerts (1)' })).toBeVisible(),
    )
    expect(within(yourAlerts()).getByText('Test Index goes above 105')).toBeInTheDocument()
    expect(within(toasts).queryByRole('status')).toBeNull()
    // 13:00: above 105 again, now with the index listed: it fires.
    await advance(31 * 60_000)
    await advanceUntil(() =>
      expect(within(toasts).getByRole('status')).toHaveTextContent('Test Index above 105'),
    )
  })
})
