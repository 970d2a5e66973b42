import type { RoundSpan } from '../../feed/round-spans'
import type { TimelineOrder } from '../../hooks/url-params'
import { currentRound } from './talks-across-rounds'
import type { Selection } from '../../hooks/use-selection'
import { entryHolds } from './entry-holds'
import { compareEntries, foldQuoteRuns, insertNow, type TimelineEntry } from './timeline-model'

/** The round an entry belongs to (null for the now line and round heads). */
export function entryRoundId(entry: TimelineEntry): string | null {
  if (entry.kind === 'session') return entry.session.roundId
  if (entry.kind === 'development') return entry.development.roundId
  if (entry.kind === 'quotes' || entry.kind === 'quote-run') return entry.quotes[0].roundId
  return null
}

type Options = {
  /** Whether a round's group is open; by default only the current round's is. */
  isOpen: (roundId: string, current: boolean) => boolean
  order: TimelineOrder
  /** How many entries an open round shows (its latest, the now line kept in); default all. */
  shownIn?: (roundId: string) => number
  /** The selected event: its entry is shown whatever the count. */
  keep?: Selection['event']
}

/** The entries an open round shows: the latest `shown`, widened to keep the now line and `keep`'s entry in. */
export function latestWindow(
  entries: readonly TimelineEntry[],
  shown: number,
  keep: Selection['event'] = null,
): { entries: TimelineEntry[]; hidden: number } {
  if (entries.length <= shown) return { entries: [...entries], hidden: 0 }
  let start = entries.length - shown
  const pinned = [
    entries.findIndex((e) => e.kind === 'now'),
    keep === null ? -1 : entries.findIndex((e) => entryHolds(e, keep)),
  ].filter((i) => i >= 0)
  for (const i of pinned) start = Math.min(start, i)
  return { entries: entries.slice(start), hidden: start }
}

/**
 * The round the now line goes in: the latest that has started; when no round's start is known (its
 * sessions failed to load), the round of the latest entry before now.
 */
function nowRound(
  spans: readonly RoundSpan[],
  entries: readonly TimelineEntry[],
  now: number,
): RoundSpan | null {
  const current = currentRound(spans, now)
  if (current === null || (current.start !== null && current.start <= now)) return current
  const byId = new Map(spans.map((span) => [span.round.id, span]))
  let latest: TimelineEntry | null = null
  for (const entry of entries) {
    if (entry.at > now || !byId.has(entryRoundId(entry) ?? '')) continue
    if (latest === null || compareEntries(entry, latest) > 0) latest = entry
  }
  return latest === null ? current : byId.get(entryRoundId(latest)!)!
}

/**
 * Entries (in any order, no now line) grouped under their rounds, rounds in time order: each
 * round's head, then, when it is open, its entries in time order. Only an open round's entries are
 * sorted: a long feed's 25,000, most in closed rounds, took some 7 ms to sort. The now line goes
 * into the current round (the latest that has started), right after its head when that round is
 * closed. Entries of a round the index does not list come under a head of their own, among the
 * rounds by time. Newest first reverses the rounds and each round's entries. Pure.
 */
export function groupByRound(
  entries: readonly TimelineEntry[],
  spans: readonly RoundSpan[],
  now: number,
  options: Options,
): TimelineEntry[] {
  const buckets = new Map<string, TimelineEntry[]>(spans.map((span) => [span.round.id, []]))
  const orphans: TimelineEntry[] = []
  for (const entry of entries) {
    const bucket = buckets.get(entryRoundId(entry) ?? '')
    if (bucket) bucket.push(entry)
    else orphans.push(entry)
  }
  const current = nowRound(spans, entries, now)
  const groups: TimelineEntry[][] = spans.map((span) => {
    const isCurrent = span === current
    const inRound = buckets.get(span.round.id) ?? []
    const count = inRound.length
    const open = options.isOpen(span.round.id, isCurrent)
    const head: TimelineEntry = {
      kind: 'round',
      key: `round:${span.round.id}`,
      at: span.start ?? 0,
      span,
      open,
      count,
      current: isCurrent,
    }
    if (!open) return isCurrent ? [head, { kind: 'now', key: 'now', at: now }] : [head]
    const body = [...inRound].sort(compareEntries)
    if (isCurrent) insertNow(body, now)
    const folded = foldQuoteRuns(body)
    const window = latestWindow(
      folded,
      options.shownIn?.(span.round.id) ?? Infinity,
      options.keep ?? null,
    )
    const more: TimelineEntry[] =
      window.hidden > 0
        ? [
            {
              kind: 'more',
              key: `more:${span.round.id}`,
              at: window.entries[0]?.at ?? 0,
              roundId: span.round.id,
              hidden: window.hidden,
            },
          ]
        : []
    return options.order === 'newest'
      ? [head, ...window.entries.reverse(), ...more]
      : [head, ...more, ...window.entries]
  })
  if (orphans.length > 0) {
    const body = foldQuoteRuns(orphans.sort(compareEntries))
    const at = orphans[0]!.at
    const head: TimelineEntry = {
      kind: 'unlisted',
      key: 'unlisted',
      at,
      roundIds: [...new Set(orphans.map((entry) => entryRoundId(entry) ?? ''))].sort(),
      count: orphans.length,
    }
    // Among the rounds by time: before the first to start after them (dateless rounds come last).
    const next = spans.findIndex((span) => span.start === null || span.start > at)
    groups.splice(next < 0 ? groups.length : next, 0, [
      head,
      ...(options.order === 'newest' ? body.reverse() : body),
    ])
  }
  if (options.order === 'newest') groups.reverse()
  return groups.flat()
}

/** Without rounds to group by (a feed of one round): the flat list, newest first if asked. Pure. */
export function orderFlat(
  entries: readonly TimelineEntry[],
  order: TimelineOrder,
): TimelineEntry[] {
  return order === 'newest' ? [...entries].reverse() : [...entries]
}
