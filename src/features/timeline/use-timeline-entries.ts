import { useCallback, useMemo, useState } from 'react'
import { roundSpans } from '../../feed/round-spans'
import type { Development, Quote, Round, Session } from '../../feed/schemas/types'
import type { TimelineOrder } from '../../hooks/url-params'
import type { Selection } from '../../hooks/use-selection'
import { groupByRound, orderFlat } from './round-groups'
import { buildTimeline, unsortedEntries, type TimelineEntry } from './timeline-model'
import { statusAt } from './talks-now'
import { memoizeLast } from '../../lib/memoize-last'

// A long feed's entries take tens of ms to make; a first render React starts over asks again.
const entriesOnce = memoizeLast(unsortedEntries)

/** Entries an open round shows at first, and how many more each "Show more" adds. */
export const roundEntriesShown = 40

type Input = {
  sessions: readonly Session[] | undefined
  developments: readonly Development[] | undefined
  quotes: readonly Quote[]
  rounds: readonly Round[]
  now: number
  order: TimelineOrder
  selection: Selection['event']
}

/**
 * The timeline's entries as listed: flat for a feed of one round, else grouped under rounds, the
 * current round open and the selected entry's round opened; rounds opened or closed by hand keep
 * that. Null until sessions and developments are in.
 */
export function useTimelineEntries({
  sessions,
  developments,
  quotes,
  rounds,
  now,
  order,
  selection,
}: Input) {
  const [toggled, setToggled] = useState<ReadonlyMap<string, boolean>>(() => new Map())
  const [shown, setShown] = useState<ReadonlyMap<string, number>>(() => new Map())
  // Plain strings: the selection object is new on every render of the URL, its content is not.
  const kind = selection?.kind ?? null
  const id = selection?.id ?? null
  const selectedRoundId = useMemo(() => {
    if (kind === null) return null
    if (kind === 'session') return sessions?.find((s) => s.id === id)?.roundId ?? null
    if (kind === 'development') return developments?.find((d) => d.id === id)?.roundId ?? null
    return quotes.find((q) => q.id === id)?.roundId ?? null
  }, [kind, id, sessions, developments, quotes])
  const keep = useMemo(() => (kind === null ? null : { kind, id: id ?? '' }), [kind, id])
  const spans = useMemo(() => (sessions ? roundSpans(rounds, sessions) : []), [rounds, sessions])
  const grouped = spans.length > 1
  // Made once per feed version; only the sessions' status follows the clock.
  const base = useMemo(
    () =>
      sessions && developments && grouped ? entriesOnce(sessions, developments, quotes, 0) : null,
    [sessions, developments, quotes, grouped],
  )
  const withStatus = useMemo(
    () =>
      base?.map((entry) =>
        entry.kind === 'session' ? { ...entry, status: statusAt(entry.session, now) } : entry,
      ) ?? null,
    [base, now],
  )
  const entries = useMemo((): TimelineEntry[] | null => {
    if (!sessions || !developments) return null
    if (!withStatus) return orderFlat(buildTimeline(sessions, developments, quotes, now), order)
    const isOpen = (roundId: string, current: boolean) =>
      toggled.get(roundId) ?? (current || roundId === selectedRoundId)
    const shownIn = (roundId: string) => shown.get(roundId) ?? roundEntriesShown
    return groupByRound(withStatus, spans, now, { isOpen, order, shownIn, keep })
  }, [
    sessions,
    developments,
    quotes,
    now,
    withStatus,
    spans,
    order,
    toggled,
    selectedRoundId,
    shown,
    keep,
  ])
  const toggleRound = useCallback(
    (roundId: string, open: boolean) =>
      setToggled((current) => new Map(current).set(roundId, open)),
    [],
  )
  const showMore = useCallback(
    (roundId: string) =>
      setShown((current) =>
        new Map(current).set(
          roundId,
          (current.get(roundId) ?? roundEntriesShown) + roundEntriesShown * 2,
        ),
      ),
    [],
  )
  // Changes with what the reader asked for (a round opened, more shown, the order, the selection),
  // not with the feed's data: a list kept in place across refreshes (useKeptPlace) is not across these.
  const view = useMemo(
    () => ({ toggled, shown, order, kind, id }),
    [toggled, shown, order, kind, id],
  )
  return { entries, toggleRound, showMore, view }
}
