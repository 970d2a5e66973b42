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

// Test data: the fictional Northport round (Day 1 held on 15 Sep, Day 2 of 16 Sep postponed, to
// 19 Sep `withNextSession`, Day 3 of 17 Sep cancelled) and a made-up Test Index, at 100 from before
// Day 1 until 11:00 on Day 3's planned date, then at 110.
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
  asOf: '2025-09-17T11:00:00+01:00',
  asOfPrecision: 'exact',
  timeZone: 'Europe/London',
  tradingHours: [],
  sourceIds: ['test-source'],
}
const testIndexSeries = {
  instrumentId: 'test-index',
  illustrative: false,
  basis: 'level',
  reference: { value: 100, at: '2025-09-14T17:00:00+01:00', label: 'Previous close' },
  points: [
    { t: '2025-09-15T09:00:00+01:00', v: 100 },
    { t: '2025-09-16T09:00:00+01:00', v: 100 },
    { t: '2025-09-17T09:00:00+01:00', v: 100 },
    { t: '2025-09-17T11:00:00+01:00', v: 110 },
  ],
}
const eveningBefore = Date.parse('2025-09-16T18:00:00+01:00')
const storageKey = alertsStorageKey('http://localhost/demo-feed/')

function serveNorthport({ withNextSession = false } = {}) {
  server.use(
    ...serveFeed({
      ...calledOffFeed({ withNextSession }),
      'markets.json': { instruments: [testIndex] },
    }),
    http.get('*/demo-feed/series/test-index.json', () => HttpResponse.json(testIndexSeries)),
  )
}

const moveSince = (id: string, sessionId: string) => ({
  kind: 'move',
  id,
  muted: false,
  instrumentId: 'test-index',
  percent: 5,
  since: { kind: 'session', id: sessionId },
})

async function sinceField() {
  fireEvent.click(screen.getByRole('button', { name: /Alerts/ }))
  const dialog = screen.getByRole('dialog', { name: 'Alerts' })
  fireEvent.change(within(dialog).getByLabelText('Alert me when'), { target: { value: 'move' } })
  const field = within(dialog).getByLabelText('Since')
  await advanceUntil(() =>
    expect(within(field).getByRole('option', { name: /^Session: Day 1/ })).toBeInTheDocument(),
  )
  return field
}

beforeEach(() => useFakeClock())
afterEach(() => {
  vi.useRealTimers()
  act(() => clearToasts())
})

describe('moves since a session postponed or cancelled', () => {
  it('"Since" offers no cancelled session, and a postponed one only at its new date', async () => {
    visitInLondon()
    serveNorthport({ withNextSession: true })
    renderWithFeed(<AlertsDialog />, { now: eveningBefore })
    const field = await sinceField()
    expect(within(field).getByRole('option', { name: 'Session: Day 3 (cancelled)' })).toBeDisabled()
    expect(
      within(field).getByRole('option', { name: 'Session: Day 2 (postponed to 19 Sept)' }),
    ).toBeEnabled()
    expect(within(field).getByRole('option', { name: 'Session: Day 1' })).toBeEnabled()
    expect(within(field).getByRole('option', { name: 'Session: Day 4' })).toBeEnabled()
  })

  it('"Since" does not offer a session postponed with no new date', async () => {
    visitInLondon()
    serveNorthport()
    renderWithFeed(<AlertsDialog />, { now: eveningBefore })
    const field = await sinceField()
    expect(within(field).getByRole('option', { name: 'Session: Day 2 (postponed)' })).toBeDisabled()
  })

  it('an alert kept from before says that the session it measures since was called off', async () => {
    window.localStorage.setItem(
      storageKey,
      JSON.stringify([moveSince('a1', 'northport-day-3'), moveSince('a2', 'northport-day-2')]),
    )
    visitInLondon()
    serveNorthport()
    const { queryClient } = renderWithFeed(<AlertsDialog />, { now: eveningBefore })
    fireEvent.click(screen.getByRole('button', { name: /Alerts/ }))
    const list = within(screen.getByRole('dialog', { name: 'Alerts' })).getByRole('list', {
      name: 'Your alerts',
    })
    // Named by the feed once the sessions are in (by its id until then).
    await advanceUntil(() => expect(list).toHaveTextContent('since Day 3'))
    expect(list).toHaveTextContent(
      'Test Index moves 5% either way since Day 3 (cancelled: this alert will not fire)',
    )
    expect(list).toHaveTextContent(
      'Test Index moves 5% either way since Day 2 (postponed, new date not announced: no alert until there is one)',
    )
    // The desk gives Day 2 a new date.
    serveNorthport({ withNextSession: true })
    await act(() => queryClient.refetchQueries({ queryKey: ['feed'] }))
    await advanceUntil(() => expect(list).not.toHaveTextContent('new date not announced'))
    expect(list).toHaveTextContent(
      'Test Index moves 5% either way since Day 2 (postponed: measured from its new start, 19 Sept)',
    )
  })

  it('an alert since a cancelled session, on an instrument gone, says once that it will not fire', async () => {
    window.localStorage.setItem(
      storageKey,
      JSON.stringify([{ ...moveSince('a1', 'northport-day-3'), instrumentId: 'gone-index' }]),
    )
    visitInLondon()
    serveNorthport()
    renderWithFeed(<AlertsDialog />, { now: eveningBefore })
    fireEvent.click(screen.getByRole('button', { name: /Alerts/ }))
    const list = within(screen.getByRole('dialog', { name: 'Alerts' })).getByRole('list', {
      name: 'Your alerts',
    })
    await advanceUntil(() => expect(list).toHaveTextContent('since Day 3'))
    await advanceUntil(() => expect(list).toHaveTextContent('no longer in the feed'))
    // Both reasons, in one sentence: the instrument is gone, the session cancelled.
    expect(
      within(list).getByText(
        'gone-index (no longer in the feed: this alert will not fire) moves 5% either way since Day 3 (cancelled)',
      ),
    ).toBeInTheDocument()
    expect(list.textContent?.match(/will not fire/g)).toHaveLength(1)
  })

  it('a move is never measured from a start called off, only from one that happened', async () => {
    window.localStorage.setItem(
      storageKey,
      JSON.stringify([
        moveSince('a1', 'northport-day-3'),
        moveSince('a2', 'northport-day-2'),
        moveSince('a3', 'northport-day-1'),
      ]),
    )
    visitInLondon()
    serveNorthport({ withNextSession: true })
    const { queryClient } = renderWithFeed(<AlertToasts />, {
      now: Date.parse('2025-09-17T10:30:00+01:00'),
    })
    await advanceUntil(() => expect(queryClient.isFetching()).toBe(0))
    await advance(1000)
    // 11:00: the index jumps 10% from its level at every one of the three planned starts.
    await advance(31 * 60_000)
    const toasts = screen.getByRole('region', { name: 'Alerts fired' })
    await advanceUntil(() => expect(within(toasts).getByText(/since Day 1$/)).toBeInTheDocument())
    expect(within(toasts).getAllByRole('status')).toHaveLength(1)
  })
})
