import { addDays, daysBetween, weekdayOf } from '../lib/civil-date'
import { wallClock, zonedTimeToUtc } from '../lib/zoned-time'
import { mergeSpans } from '../lib/merge-spans'

/**
 * A market's weekly trading hours (an instrument's `tradingHours` in the feed) turned into UTC
 * intervals: the markets draw closed hours and read reactions with them, the feed checker flags
 * points while a market is closed. Bounded work for any span.
 */

/** The most days one trading-hours walk covers: a longer window lists its first days only. */
export const maxTradingDays = 400

/** One weekly session in the market's time zone: days 0 Sunday ... 6 Saturday, times "HH:MM". */
export type WeeklySession = {
  readonly days: readonly number[]
  readonly open: string
  readonly close: string
}

/** A trading session as UTC instants: open inclusive, close exclusive. */
export type TradingInterval = readonly [open: Date, close: Date]

/**
 * The trading sessions that overlap [start, end), as UTC intervals in time order. Intervals are
 * whole sessions, not clipped to the window. A close earlier than (or equal to) the open is on the
 * next day; the session belongs to the day it opens. Walks at most `maxTradingDays` days.
 */
export function tradingSessionsBetween(
  start: Date,
  end: Date,
  tradingHours: readonly WeeklySession[],
  zone: string,
): TradingInterval[] {
  if (!(end.getTime() > start.getTime())) return []
  const intervals: TradingInterval[] = []
  // Start a day early: a session that opened the day before may still be open at `start`.
  const first = addDays(wallClock(start, zone).date, -1)
  const days = Math.min(daysBetween(first, wallClock(end, zone).date) + 1, maxTradingDays)
  for (let i = 0; i < days; i++) {
    const date = addDays(first, i)
    const weekday = weekdayOf(date)
    for (const session of tradingHours) {
      if (!session.days.includes(weekday)) continue
      const open = zonedTimeToUtc(date, session.open, zone)
      const closeDate = session.close <= session.open ? addDays(date, 1) : date
      const close = zonedTimeToUtc(closeDate, session.close, zone)
      if (close.getTime() <= open.getTime()) continue
      if (open.getTime() < end.getTime() && close.getTime() > start.getTime())
        intervals.push([open, close])
    }
  }
  return intervals.sort(
    (a, b) => a[0].getTime() - b[0].getTime() || a[1].getTime() - b[1].getTime(),
  )
}

/**
 * Whether the market is in session at each of `times` (epoch ms), a session's close included (a
 * closing print), over any span: one walk per stretch of points the last walk did not reach, each
 * at most `maxTradingDays` days, so the work is bounded by the points, not by the years between
 * them.
 */
export function inSessionAt(
  times: readonly number[],
  tradingHours: readonly WeeklySession[],
  zone: string,
): boolean[] {
  const sorted = times.filter(Number.isFinite).sort((a, b) => a - b)
  const walk = (maxTradingDays - 4) * 86_400_000
  const spans: [number, number][] = []
  let reached = -Infinity
  for (const t of sorted) {
    if (t <= reached) continue
    reached = Math.min(t + walk, sorted.at(-1)!)
    for (const [open, close] of tradingSessionsBetween(
      new Date(t - 1),
      new Date(reached + 1),
      tradingHours,
      zone,
    ))
      spans.push([open.getTime(), close.getTime()])
  }
  const merged = mergeSpans(spans)
  return times.map((t) => {
    if (!Number.isFinite(t)) return false
    let [lo, hi] = [0, merged.length - 1]
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      const [open, close] = merged[mid]!
      if (t < open) hi = mid - 1
      else if (t > close) lo = mid + 1
      else return true
    }
    return false
  })
}

/** Whether the market is open at an instant: at or after an open and before its close. */
export function isMarketOpen(
  instant: Date,
  tradingHours: readonly WeeklySession[],
  zone: string,
): boolean {
  return (
    tradingSessionsBetween(instant, new Date(instant.getTime() + 1), tradingHours, zone).length > 0
  )
}

/** How long (ms) the market was open within [start, end): overlapping sessions counted once. */
export function openTimeBetween(
  start: Date,
  end: Date,
  tradingHours: readonly WeeklySession[],
  zone: string,
): number {
  let total = 0
  let covered = start.getTime()
  for (const [open, close] of tradingSessionsBetween(start, end, tradingHours, zone)) {
    const from = Math.max(open.getTime(), covered)
    const to = Math.min(close.getTime(), end.getTime())
    if (to > from) total += to - from
    covered = Math.max(covered, to)
  }
  return total
}

/**
 * The trading days (dates in the market zone, by each session's open) whose sessions all opened
 * after `start` and have all closed by `end`: the closes a daily series whose last close was at
 * `start` would have. A day with a lunch break counts once, when its afternoon has closed.
 */
export function closingDaysBetween(
  start: Date,
  end: Date,
  tradingHours: readonly WeeklySession[],
  zone: string,
): number {
  // A day after `end` too: a session of the same day that opens later keeps the day open.
  const later = new Date(end.getTime() + 86_400_000)
  const closed = new Map<string, boolean>()
  for (const [open, close] of tradingSessionsBetween(start, later, tradingHours, zone)) {
    const date = wallClock(open, zone).date
    const done = open.getTime() > start.getTime() && close.getTime() <= end.getTime()
    closed.set(date, (closed.get(date) ?? true) && done)
  }
  return [...closed.values()].filter(Boolean).length
}
