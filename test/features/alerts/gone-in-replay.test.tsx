import { act, fireEvent, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { server } from '../../../mocks/node'
import { alertsStorageKey } from '../../../src/features/alerts/alert-rules'
import { AlertToasts } from '../../../src/features/alerts/alert-toasts'
import { clearToasts } from '../../../src/features/alerts/alert-toasts-store'
import { AlertsDialog } from '../../../src/features/alerts/alerts-dialog'
import { setUrlParams } from '../../../src/hooks/use-url-param'
import { advance, advanceUntil, useFakeClock } from '../../fake-clock'
import { calledOffFeed, calledOffNow } from '../../feed/called-off-feed'
import { serveFeed } from '../../feed/three-rounds-feed'
import { visitInLondon } from '../../page'
import { renderWithFeed } from '../../render'

// Test data: the fictional Northport round, read at noon on 17 Sep, with what came late on the
// 17th: Day 4 announced at 09:00, a development at 10:00 and a quote at 11:00, and a made-up Test
// Index. Replayed to noon on the 16th, none of the three is in the feed yet.
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
const lateDevelopment = {
  id: 'late-development',
  roundId: 'northport-2025-09',
  kind: 'statement',
  title: 'Northland sets out a quota offer (test)',
  at: '2025-09-17T10:00:00+01:00',
  atPrecision: 'exact',
  summary: 'Fictional test development.',
  partyId: 'north',
  personIds: [],
  topicIds: ['fish-quotas'],
  figures: [],
  sourceIds: ['test-source'],
}
const lateQuote = {
  id: 'late-quote',
  roundId: 'northport-2025-09',
  personId: 'north-lead',
  text: 'We are close (test quote).',
  saidAt: '2025-09-17T11:00:00+01:00',
  saidAtPrecision: 'exact',
  setting: 'Test setting',
  place: 'Harbour Hall',
  context: 'Test context',
  sessionId: 'northport-day-1',
  topicIds: ['fish-quotas'],
  tone: 'upbeat',
  sourceIds: ['test-source'],
}
const replayedTo = '2025-09-16T12:00:00+01:00'

function serveNorthport() {
  const feed = calledOffFeed({ withNextSession: true })
  const { sessions } = feed['sessions.json'] as { sessions: Record<string, unknown>[] }
  const announced = sessions.map((s) =>
    s.id === 'northport-day-4' ? { ...s, announcedAt: '2025-09-17T09:00:00+01:00' } : s,
  )
  server.use(
    ...serveFeed({
      ...feed,
      'sessions.json': { sessions: announced },
      'developments.json': { developments: [lateDevelopment] },
      'quotes.json': { quotes: [lateQuote] },
      'markets.json': { instruments: [testIndex] },
    }),
  )
}

const moveSince = (id: string, kind: string, eventId: string) => ({
  kind: 'move',
  id,
  muted: false,
  instrumentId: 'test-index',
  percent: 5,
  since: { kind, id: eventId },
})

/** Every text shown under `root` from now on, those replaced within a moment included. */
function watchTexts(root: Node) {
  const seen: string[] = []
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.oldValue !== null) seen.push(record.oldValue)
      for (const node of [...record.addedNodes, ...record.removedNodes])
        seen.push(node.textContent ?? '')
    }
  })
  observer.observe(root, {
    subtree: true,
    childList: true,
    characterData: true,
    characterDataOldValue: true,
  })
  return () => {
    seen.push(...observer.takeRecords().flatMap((r) => [r.oldValue ?? '']))
    observer.disconnect()
    return seen.join('\n')
  }
}

beforeEach(() => useFakeClock())
afterEach(() => {
  vi.useRealTimers()
  act(() => clearToasts())
})

describe('alerts in replay', () => {
  it('on what is not yet in the feed at the replayed moment are not called gone nor dead', async () => {
    window.localStorage.setItem(
      alertsStorageKey('http://localhost/demo-feed/'),
      JSON.stringify([
        { kind: 'session', id: 'a1', muted: false, sessionId: 'northport-day-4', edge: 'start' },
        moveSince('a2', 'development', 'late-development'),
        moveSince('a3', 'quote', 'late-quote'),
      ]),
    )
    visitInLondon()
    serveNorthport()
    const { queryClient } = renderWithFeed(
      <>
        <AlertsDialog />
        <AlertToasts />
      </>,
      { now: calledOffNow },
    )
    await advanceUntil(() => expect(queryClient.isFetching()).toBe(0))
    fireEvent.click(screen.getByRole('button', { name: /Alerts/ }))
    const list = within(screen.getByRole('dialog', { name: 'Alerts' })).getByRole('list', {
      name: 'Your alerts',
    })
    // Live, all three are in the feed and named by it.
    await advanceUntil(() => expect(list).toHaveTextContent('since Avery North’s'))
    expect(list).toHaveTextContent('since “Northland sets out a quota offer (test)”')
    await advance(1000)

    // Replayed to the day before: none of them is in the feed yet. Not gone, not dead.
    const shown = watchTexts(document.body)
    act(() => setUrlParams({ asof: Date.parse(replayedTo) }))
    await advanceUntil(() => expect(list).not.toHaveTextContent('since Avery North’s'))
    await advance(1000)
    expect(list).not.toHaveTextContent('no longer in the feed')
    expect(list).not.toHaveTextContent('will not fire')
    // Said to come later, by id: their names would tell what was not known yet.
    const notYet = (what: string) => `${what} (not yet in the feed at the replayed moment)`
    expect(list).toHaveTextContent(notYet('northport-day-4'))
    expect(list).toHaveTextContent(notYet('since the development late-development'))
    expect(list).toHaveTextContent(notYet('since the quote late-quote'))
    expect(list).not.toHaveTextContent('quota offer')
    expect(screen.getByRole('button', { name: 'Alerts (3)' })).toBeInTheDocument()

    // Back to live, where all three are listed again.
    act(() => setUrlParams({ asof: null }))
    await advanceUntil(() => expect(list).toHaveTextContent('since Avery North’s'))
    await advance(1000)
    // Not called gone even for a moment, on the way in or out; no notice of an alert gone dead.
    expect(shown()).not.toMatch(/no longer in the feed|will not fire/)
    const notices = within(screen.getByRole('region', { name: 'Alert notices' }))
    expect(notices.queryByRole('status')).toBeNull()
  })
})
