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

// Test data: the fictional Northport round and two made-up indices, each at 100 all morning.
const testIndex = {
  id: 'test-index',
  name: 'Test Index',
  shortName: 'Test Index',
  kind: 'equity-index',
  unit: 'points',
  currency: null,
  last: 100,
  change: null,
  changePercent: null,
  asOf: '2025-09-17T09:00:00+01:00',
  asOfPrecision: 'exact',
  timeZone: 'Europe/London',
  tradingHours: [],
  sourceIds: ['test-source'],
}
const otherIndex = { ...testIndex, id: 'other-index', name: 'Other Index', shortName: 'Other' }
const flatSeries = (instrumentId: string) => ({
  instrumentId,
  illustrative: false,
  basis: 'level',
  reference: { value: 100, at: '2025-09-16T17:00:00+01:00', label: 'Previous close' },
  points: [{ t: '2025-09-17T09:00:00+01:00', v: 100 }],
})
const unreadable = { id: 'broken-index', kind: 'not a kind' }
const morning = Date.parse('2025-09-17T10:30:00+01:00')

/** The Northport feed with these instruments in markets.json (or it answering with `status`). */
function serveNorthport(instruments: unknown[] | { status: number }) {
  server.use(
    http.get('*/demo-feed/markets.json', () =>
      Array.isArray(instruments)
        ? HttpResponse.json({ instruments })
        : new HttpResponse('down', instruments),
    ),
    http.get('*/demo-feed/series/:id.json', ({ params }) =>
      HttpResponse.json(flatSeries(String(params.id))),
    ),
    ...serveFeed(calledOffFeed()),
  )
}

const level = (id: string, instrumentId: string) => ({
  kind: 'level',
  id,
  muted: false,
  instrumentId,
  direction: 'above',
  level: 105,
})

async function visit(rules: unknown[]) {
  window.localStorage.setItem(
    alertsStorageKey('http://localhost/demo-feed/'),
    JSON.stringify(rules),
  )
  visitInLondon()
  const view = renderWithFeed(
    <>
      <AlertsDialog />
      <AlertToasts />
    </>,
    { now: morning },
  )
  await advanceUntil(() => expect(view.queryClient.isFetching()).toBe(0))
  await advance(1000)
  return async function refresh(instruments: unknown[] | { status: number }) {
    serveNorthport(instruments)
    await act(() => view.queryClient.refetchQueries({ queryKey: ['feed'] }))
    await advanceUntil(() => expect(view.queryClient.isFetching()).toBe(0))
    await advance(1000)
  }
}

const notices = () => within(screen.getByRole('region', { name: 'Alert notices' }))
const fired = () => within(screen.getByRole('region', { name: 'Alerts fired' }))
const deadNotice = 'Alert will not fire: Test Index goes above 105'

beforeEach(() => useFakeClock())
afterEach(() => {
  vi.useRealTimers()
  act(() => clearToasts())
})

describe('an item with an alert leaving the feed', () => {
  it('is told once, in a notice apart from alerts fired, and again only after it came back', async () => {
    serveNorthport([testIndex, otherIndex])
    const refresh = await visit([level('a1', 'test-index'), level('a2', 'other-index')])
    expect(notices().queryByRole('status')).toBeNull()

    // The desk drops the Test Index from markets.json.
    await refresh([otherIndex])
    const notice = notices().getByRole('status')
    expect(notice).toHaveTextContent(deadNotice)
    expect(notice).toHaveTextContent('no longer in the feed')
    // Not an alert firing: nothing in the alerts fired, nothing offered as one to dismiss.
    expect(fired().queryByRole('status')).toBeNull()
    expect(screen.queryByRole('button', { name: /^Dismiss alert/ })).toBeNull()
    expect(screen.getByRole('button', { name: 'Alerts (1, 1 will not fire)' })).toBeVisible()

    await refresh([otherIndex])
    expect(notices().getAllByRole('status')).toHaveLength(1)
    fireEvent.click(notices().getByRole('button', { name: `Dismiss notice: ${deadNotice}` }))
    await refresh([otherIndex])
    expect(notices().queryByRole('status')).toBeNull()

    // Listed again, the alert is live again: no notice. Dropped once more: told again.
    await refresh([testIndex, otherIndex])
    expect(notices().queryByRole('status')).toBeNull()
    await refresh([otherIndex])
    expect(notices().getByRole('status')).toHaveTextContent(deadNotice)
  })

  it('is not told of an alert dead when first seen, nor while the list failed or was not read whole', async () => {
    serveNorthport({ status: 503 })
    const refresh = await visit([level('a1', 'gone-index'), level('a2', 'test-index')])
    // First whole list: the Test Index is in, the Gone Index never was in this visit.
    await refresh([otherIndex, testIndex])
    await advanceUntil(() =>
      expect(screen.getByRole('button', { name: 'Alerts (1, 1 will not fire)' })).toBeVisible(),
    )
    expect(notices().queryByRole('status')).toBeNull()
    // markets.json fails, then comes back with a record that cannot be read: it may be the index.
    await refresh({ status: 503 })
    await refresh([otherIndex, unreadable])
    expect(notices().queryByRole('status')).toBeNull()
    // Read whole, without the Test Index: its alert is told dead, the other one never is.
    await refresh([otherIndex])
    expect(notices().getAllByRole('status')).toHaveLength(1)
    expect(notices().getByRole('status')).toHaveTextContent(deadNotice)
  })
})
