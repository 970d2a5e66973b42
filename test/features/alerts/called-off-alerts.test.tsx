import { act, fireEvent, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { server } from '../../../mocks/node'
import { alertsStorageKey } from '../../../src/features/alerts/alert-rules'
import { AlertsDialog } from '../../../src/features/alerts/alerts-dialog'
import { advanceUntil, useFakeClock } from '../../fake-clock'
import { calledOffFeed } from '../../feed/called-off-feed'
import { serveFeed } from '../../feed/three-rounds-feed'
import { visitInLondon } from '../../page'
import { renderWithFeed } from '../../render'

// Test data: the fictional Northport round with Day 1 held, Day 2 postponed (to 19 Sep), Day 3
// cancelled and Day 4 still to come, read the evening before Day 3's planned date.
const eveningBefore = Date.parse('2025-09-16T18:00:00+01:00')
const storageKey = alertsStorageKey('http://localhost/demo-feed/')

function open(feed: Record<string, unknown> = calledOffFeed({ withNextSession: true })) {
  visitInLondon()
  server.use(...serveFeed(feed))
  const { queryClient } = renderWithFeed(<AlertsDialog />, { now: eveningBefore })
  fireEvent.click(screen.getByRole('button', { name: /Alerts/ }))
  return { queryClient, dialog: screen.getByRole('dialog', { name: 'Alerts' }) }
}

async function sessionField(dialog: HTMLElement) {
  fireEvent.change(within(dialog).getByLabelText('Alert me when'), {
    target: { value: 'session' },
  })
  await advanceUntil(() =>
    expect(within(dialog).getByRole('option', { name: 'Day 4' })).toBeInTheDocument(),
  )
  return within(dialog).getByLabelText('Session')
}

beforeEach(() => useFakeClock())
afterEach(() => vi.useRealTimers())

describe('session alerts on sessions postponed or cancelled', () => {
  it('the form marks them and does not offer them; the others stay on offer', async () => {
    const { dialog } = open()
    const field = await sessionField(dialog)
    expect(within(field).getByRole('option', { name: 'Day 2 (postponed)' })).toBeDisabled()
    expect(within(field).getByRole('option', { name: 'Day 3 (cancelled)' })).toBeDisabled()
    expect(within(field).getByRole('option', { name: 'Day 1' })).toBeEnabled()
    expect(within(field).getByRole('option', { name: 'Day 4' })).toBeEnabled()
  })

  it('a session called off while the form is open gives way to any session, as shown', async () => {
    const { dialog, queryClient } = open()
    const field = await sessionField(dialog)
    fireEvent.change(field, { target: { value: 'northport-day-4' } })
    expect(field).toHaveValue('northport-day-4')
    // The desk cancels Day 4 while the form is open.
    const feed = calledOffFeed({ withNextSession: true })
    const { sessions } = feed['sessions.json'] as { sessions: Record<string, unknown>[] }
    server.use(
      ...serveFeed({
        ...feed,
        'sessions.json': {
          sessions: sessions.map((s) =>
            s.id === 'northport-day-4' ? { ...s, status: 'cancelled' } : s,
          ),
        },
      }),
    )
    await act(() => queryClient.refetchQueries({ queryKey: ['feed'] }))
    await advanceUntil(() =>
      expect(within(field).getByRole('option', { name: 'Day 4 (cancelled)' })).toBeDisabled(),
    )
    expect(field).toHaveValue('')
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add alert' }))
    const stored = JSON.parse(window.localStorage.getItem(storageKey) ?? '[]')
    expect(stored).toMatchObject([{ kind: 'session', sessionId: null }])
  })

  it('an alert kept from before says that its session was cancelled or postponed', async () => {
    const rule = (id: string, sessionId: string) => ({
      kind: 'session',
      id,
      muted: false,
      sessionId,
      edge: 'both',
    })
    window.localStorage.setItem(
      storageKey,
      JSON.stringify([
        rule('a1', 'northport-day-3'),
        rule('a2', 'northport-day-2'),
        rule('a3', 'northport-day-4'),
      ]),
    )
    const { dialog } = open()
    const list = within(dialog).getByRole('list', { name: 'Your alerts' })
    // Named by the feed once the sessions are in (by its id until then).
    const day4 = await advanceUntil(() => within(list).getByText(/^Day 4 starts or ends/))
    expect(day4).toHaveTextContent(/^Day 4 starts or ends$/)
    expect(list).toHaveTextContent('Day 3 starts or ends (cancelled: this alert will not fire)')
    expect(list).toHaveTextContent(
      'Day 2 starts or ends (postponed: no alert until the feed lists it as going ahead)',
    )
  })
})

describe('the count of alerts on the Alerts button', () => {
  it('counts apart the alerts that cannot fire, being on a session called off', async () => {
    const session = (id: string, sessionId: string, muted = false) => ({
      kind: 'session',
      id,
      muted,
      sessionId,
      edge: 'both',
    })
    window.localStorage.setItem(
      storageKey,
      JSON.stringify([
        session('a1', 'northport-day-3'),
        session('a2', 'northport-day-2'),
        session('a3', 'northport-day-4'),
        { kind: 'followed', id: 'a4', muted: false },
        {
          kind: 'move',
          id: 'a6',
          muted: false,
          instrumentId: 'test-index',
          percent: 1,
          since: { kind: 'session', id: 'northport-day-3' },
        },
        // Muted: counted neither way, as before.
        session('a5', 'northport-day-3', true),
      ]),
    )
    visitInLondon()
    server.use(...serveFeed(calledOffFeed({ withNextSession: true })))
    const { queryClient } = renderWithFeed(<AlertsDialog />, { now: eveningBefore })
    // Until the sessions are in, nothing is known to stop any of them.
    expect(screen.getByRole('button', { name: 'Alerts (5)' })).toBeInTheDocument()
    await advanceUntil(() => expect(queryClient.isFetching()).toBe(0))
    expect(screen.getByRole('button', { name: 'Alerts (2, 3 will not fire)' })).toBeVisible()
  })
})
