import { act, fireEvent, screen, within } from '@testing-library/react'
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

// Test data: the fictional Northport round (Day 1 held, Day 2 postponed to 19 Sep, Day 3
// cancelled, Day 4 to come on 18 Sep), read the evening before Day 3's planned date; `day4` changes
// Day 4 as the desk would.
const eveningBefore = Date.parse('2025-09-16T18:00:00+01:00')
const storageKey = alertsStorageKey('http://localhost/demo-feed/')

function serveNorthport(day4: Record<string, unknown> = {}) {
  const feed = calledOffFeed({ withNextSession: true })
  const { sessions } = feed['sessions.json'] as { sessions: Record<string, unknown>[] }
  const changed = sessions.map((s) => (s.id === 'northport-day-4' ? { ...s, ...day4 } : s))
  server.use(...serveFeed({ ...feed, 'sessions.json': { sessions: changed } }))
}

/** The page opened (again), once its feed is in and the alerts have had their first look. */
async function visit(ui = <AlertToasts />) {
  visitInLondon()
  const view = renderWithFeed(ui, { now: eveningBefore })
  await advanceUntil(() => expect(view.queryClient.isFetching()).toBe(0))
  await advance(1000)
  return view
}

async function refresh(queryClient: ReturnType<typeof renderWithFeed>['queryClient']) {
  await act(() => queryClient.refetchQueries({ queryKey: ['feed'] }))
  await advance(1000)
}

const toasts = () => within(screen.getByRole('region', { name: 'Alerts fired' }))

beforeEach(() => useFakeClock())
afterEach(() => {
  vi.useRealTimers()
  act(() => clearToasts())
})

describe('a watched session postponed or cancelled by the feed', () => {
  it('is told once as it changes, with its new date, and not again on each refresh', async () => {
    window.localStorage.setItem(
      storageKey,
      JSON.stringify([
        { kind: 'session', id: 'a1', muted: false, sessionId: 'northport-day-4', edge: 'start' },
      ]),
    )
    serveNorthport()
    const { queryClient } = await visit()
    expect(toasts().queryByRole('status')).toBeNull()

    serveNorthport({ status: 'postponed', rescheduledTo: '2025-09-20T10:00:00+01:00' })
    await refresh(queryClient)
    const toast = toasts().getByRole('status')
    expect(toast).toHaveTextContent('Day 4 postponed; new date 20 Sept')
    expect(toast).toHaveTextContent('Alerts on it wait until it goes ahead')

    await refresh(queryClient)
    fireEvent.click(
      within(toast).getByRole('button', {
        name: 'Dismiss alert: Day 4 postponed; new date 20 Sept',
      }),
    )
    await refresh(queryClient)
    expect(toasts().queryByRole('status')).toBeNull()
  })

  it('is told on the next visit when it changed while the page was closed, and only then', async () => {
    serveNorthport()
    const first = await visit(
      <>
        <AlertsDialog />
        <AlertToasts />
      </>,
    )
    // Set while Day 2 is already postponed and Day 3 cancelled: that is not news.
    fireEvent.click(screen.getByRole('button', { name: /Alerts/ }))
    const dialog = screen.getByRole('dialog', { name: 'Alerts' })
    fireEvent.change(within(dialog).getByLabelText('Alert me when'), {
      target: { value: 'session' },
    })
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add alert' }))
    expect(within(dialog).getByRole('list', { name: 'Your alerts' })).toHaveTextContent(
      'Any session starts or ends',
    )
    await advance(1000)
    expect(toasts().queryByRole('status')).toBeNull()
    first.unmount()

    // The desk cancels Day 4 while the page is closed.
    serveNorthport({ status: 'cancelled' })
    const second = await visit()
    const told = toasts().getAllByRole('status')
    expect(told).toHaveLength(1)
    expect(told[0]).toHaveTextContent('Day 4 cancelled')
    expect(told[0]).toHaveTextContent('Alerts on it will not fire')
    second.unmount()
    act(() => clearToasts())

    await visit()
    expect(toasts().queryByRole('status')).toBeNull()
  })
})
