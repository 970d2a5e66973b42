import { useMemo } from 'react'
import {
  developmentsQueries,
  indexQueries,
  quotesQueries,
  sessionsQueries,
  type FeedRef,
} from '../../feed/queries'
import type { Round, Session } from '../../feed/schemas/types'
import { isKnownThroughSessions } from '../../feed/as-of'
import { hasUnreadable } from '../../feed/unreadable-records'
import { collectEvents, type MarketEvent } from './market-events'
import { useDeferredQuery } from '../../hooks/use-deferred-query'
import { memoizeLast } from '../../lib/memoize-last'

const noRounds: readonly Round[] = []
const none: readonly never[] = []
// A long feed's events take tens of milliseconds; a first render that React starts over asks again.
const collectEventsOnce = memoizeLast(collectEvents)

/**
 * The rounds known at the feed's moment: in replay, a round with no date of its own only once one
 * of its sessions is (as the timeline and the header count them); live, every round.
 */
function roundsKnown(rounds: readonly Round[], sessions: readonly Session[]): readonly Round[] {
  if (!rounds.some(isKnownThroughSessions)) return rounds
  const withSessions = new Set(sessions.map((s) => s.roundId))
  return rounds.filter((r) => !isKnownThroughSessions(r) || withSessions.has(r.id))
}

/**
 * Whether the rounds are known: 'read' once index.json has loaded (and sessions.json, when a round
 * is known only through its sessions), 'failed' when one of those could not be, 'pending' before.
 * `unreadable`: some of index.json's rounds could not be read (a round missing may be one of them).
 */
export type RoundsRead = { status: 'pending' | 'failed' | 'read'; unreadable: boolean }

/**
 * What the charts mark and rebase to: sessions, developments and quotes as market events, and the
 * rounds known at the feed's moment for the window choices. Not asked for (`enabled` false) where
 * only the snapshot shows.
 */
export function useMarketEvents(
  feed: FeedRef,
  enabled: boolean,
): { events: MarketEvent[]; rounds: readonly Round[]; roundsRead: RoundsRead } {
  const sessions = useDeferredQuery({ ...sessionsQueries.list(feed), enabled })
  const developments = useDeferredQuery({ ...developmentsQueries.list(feed), enabled })
  const quotes = useDeferredQuery({ ...quotesQueries.list(feed), enabled })
  const index = useDeferredQuery({ ...indexQueries.detail(feed), enabled })
  const replay = typeof feed !== 'string' && feed.asOf !== null
  const events = useMemo(
    () =>
      collectEventsOnce(
        sessions.data?.sessions ?? none,
        developments.data?.developments ?? none,
        quotes.data?.quotes ?? none,
        index.data?.people ?? none,
        index.data?.rounds ?? none,
        replay,
      ),
    [sessions.data, developments.data, quotes.data, index.data, replay],
  )
  const rounds = useMemo(
    () => roundsKnown(index.data?.rounds ?? noRounds, sessions.data?.sessions ?? none),
    [index.data, sessions.data],
  )
  const needsSessions = index.data?.rounds.some(isKnownThroughSessions) ?? false
  const status: RoundsRead['status'] =
    index.data === undefined
      ? index.isError
        ? 'failed'
        : 'pending'
      : needsSessions && sessions.data === undefined
        ? sessions.isError
          ? 'failed'
          : 'pending'
        : 'read'
  const unreadable = index.data !== undefined && hasUnreadable(index.data.problems, 'rounds')
  const roundsRead = useMemo(() => ({ status, unreadable }), [status, unreadable])
  return { events, rounds, roundsRead }
}

/**
 * The sessions as shaded bands: to their end; without one, to now for a session under way (as the
 * header has it: begun, and not said to have concluded), else 8 hours on; within the window. A
 * session postponed or cancelled is no span of talks: it gets no band, only its marker.
 */
export function sessionBandsOf(events: readonly MarketEvent[], windowEnd: number, now: number) {
  return events
    .filter((e) => e.kind === 'session' && e.calledOff !== true)
    .map((s) => {
      const underWay = s.open === true && s.at <= now
      const to = underWay ? now : s.at + 8 * 3_600_000
      return { from: s.at, to: s.end ?? Math.max(s.at, Math.min(windowEnd, to)), label: s.label }
    })
}
