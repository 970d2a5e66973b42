import type { RoundSpan } from '../../feed/round-spans'
import type { Development, Quote, Session, SessionStatus } from '../../feed/schemas/types'
import { statusAt } from './talks-now'
import { pushQuoteMarkers } from './quote-markers'

export type TimelineEntry =
  | { kind: 'session'; key: string; at: number; session: Session; status: SessionStatus }
  | { kind: 'development'; key: string; at: number; development: Development }
  | { kind: 'quotes'; key: string; at: number; quotes: [Quote, ...Quote[]] }
  | QuoteRunEntry
  | RoundEntry
  | MoreEntry
  | UnlistedEntry
  | { kind: 'now'; key: 'now'; at: number }

/** In a long round, the earlier (or, newest first, older) entries not shown yet: a button shows more. */
export type MoreEntry = { kind: 'more'; key: string; at: number; roundId: string; hidden: number }

/**
 * The head of the entries whose round the feed's index does not list (a misspelt roundId, or a
 * round record that could not be read): their round's name, place and dates are unknown.
 */
export type UnlistedEntry = {
  kind: 'unlisted'
  key: 'unlisted'
  at: number
  roundIds: string[]
  count: number
}

/** The head of a round's group: its name, place, dates and outcome; opens and closes the group. */
export type RoundEntry = {
  kind: 'round'
  key: string
  at: number
  span: RoundSpan
  open: boolean
  /** Entries in the round (sessions, developments, quote markers), open or not. */
  count: number
  /** The round the now line is in. */
  current: boolean
}

/**
 * Many quote markers in a row (a big feed) folded into one entry: the first few markers and a count
 * of the rest, linking to the quote wall filtered to the run's time span.
 */
export type QuoteRunEntry = {
  kind: 'quote-run'
  key: string
  at: number
  /** Every quote in the run, in time order. */
  quotes: [Quote, ...Quote[]]
  /** The first markers (one person at one moment each), shown as they are. */
  shown: [Quote, ...Quote[]][]
  /** Quotes not in `shown`. */
  hidden: number
  from: number
  to: number
}

/** More markers than this in a row, with nothing else between them, are folded into a run. */
export const maxMarkersInRow = 6
/** Markers a folded run still shows. */
export const runShownMarkers = 3

const kindOrder = {
  round: 0,
  unlisted: 0,
  more: 0,
  session: 0,
  development: 1,
  quotes: 2,
  'quote-run': 2,
  now: 3,
} as const

/**
 * Sessions, developments and quotes in time order, with a "now" line after everything that has
 * started. Quotes by the same person at the same moment share one marker. Pure.
 */
export function buildTimeline(
  sessions: readonly Session[],
  developments: readonly Development[],
  quotes: readonly Quote[],
  now: number,
): TimelineEntry[] {
  const entries = sortedEntries(sessions, developments, quotes, now)
  insertNow(entries, now)
  return foldQuoteRuns(entries)
}

/** Sessions, developments and quote markers in time order, without the now line. Pure. */
export function sortedEntries(
  sessions: readonly Session[],
  developments: readonly Development[],
  quotes: readonly Quote[],
  now: number,
): TimelineEntry[] {
  return unsortedEntries(sessions, developments, quotes, now).sort(compareEntries)
}

/**
 * Time order: ties broken by kind, then by key, in code-unit order (ids are lower-case letters,
 * digits and dashes, for which it is the alphabetical order, and it costs far less than
 * localeCompare). Keys are unique, so any list of entries sorts the same whatever its order.
 */
export const compareEntries = (a: TimelineEntry, b: TimelineEntry): number =>
  a.at - b.at ||
  kindOrder[a.kind] - kindOrder[b.kind] ||
  (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)

/** Sessions, developments and quote markers, not yet in time order (see compareEntries). Pure. */
export function unsortedEntries(
  sessions: readonly Session[],
  developments: readonly Development[],
  quotes: readonly Quote[],
  now: number,
): TimelineEntry[] {
  // Plain loops into one array: a long feed has tens of thousands of entries, built on every load.
  const entries: TimelineEntry[] = []
  for (const session of sessions)
    entries.push({
      kind: 'session',
      key: `session:${session.id}`,
      at: Date.parse(session.start),
      session,
      status: statusAt(session, now),
    })
  for (const development of developments)
    entries.push({
      kind: 'development',
      key: `development:${development.id}`,
      at: Date.parse(development.at),
      development,
    })
  pushQuoteMarkers(entries, quotes)
  return entries
}

/** Puts the now line after everything that has started (in place). */
export function insertNow(entries: TimelineEntry[], now: number): void {
  const nowIndex = entries.findIndex((entry) => entry.at > now)
  const nowEntry: TimelineEntry = { kind: 'now', key: 'now', at: now }
  if (nowIndex === -1) entries.push(nowEntry)
  else entries.splice(nowIndex, 0, nowEntry)
}

export type MarkerEntry = Extract<TimelineEntry, { kind: 'quotes' }>

/** Folds each stretch of more than maxMarkersInRow consecutive quote markers into one run. Pure. */
export function foldQuoteRuns(entries: readonly TimelineEntry[]): TimelineEntry[] {
  const out: TimelineEntry[] = []
  let run: MarkerEntry[] = []
  const flush = () => {
    const [first] = run
    const last = run[run.length - 1]
    if (first && last && run.length > maxMarkersInRow) {
      const shown = run.slice(0, runShownMarkers).map((entry) => entry.quotes)
      const quotes: [Quote, ...Quote[]] = [
        first.quotes[0],
        ...run.flatMap((entry) => entry.quotes).slice(1),
      ]
      out.push({
        kind: 'quote-run',
        key: `quote-run:${first.quotes[0].id}`,
        at: first.at,
        quotes,
        shown,
        hidden: quotes.length - shown.reduce((n, group) => n + group.length, 0),
        from: first.at,
        to: last.at,
      })
    } else {
      out.push(...run)
    }
    run = []
  }
  for (const entry of entries) {
    if (entry.kind === 'quotes') {
      run.push(entry)
      continue
    }
    flush()
    out.push(entry)
  }
  flush()
  return out
}

/** Whether a timeline entry concerns a topic (for marking entries when a topic is selected). */
export function entryHasTopic(entry: TimelineEntry, topicId: string): boolean {
  if (entry.kind === 'session') return entry.session.topicIds.includes(topicId)
  if (entry.kind === 'development') return entry.development.topicIds.includes(topicId)
  if (entry.kind === 'quotes' || entry.kind === 'quote-run')
    return entry.quotes.some((q) => q.topicIds.includes(topicId))
  return false
}
