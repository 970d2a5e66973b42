import type { Instrument } from './schemas/types'
import { tradingSessionsBetween } from './trading-hours'
import { zonedTimeToUtc, wallClock } from '../lib/zoned-time'
import { indexAtOrBefore } from '../lib/rebase'

type Point = { readonly t: number; readonly v: number }
type Market = Pick<Instrument, 'timeZone' | 'tradingHours'>

/**
 * When the trading day of the instant t began: the open of the session it falls in or closes
 * at (a session that opens the evening before begins the next day's trading), else midnight of
 * its date in the market's zone.
 */
function tradingDayStart(t: number, { timeZone, tradingHours }: Market): number {
  const sessions = tradingSessionsBetween(new Date(t - 1), new Date(t + 1), tradingHours, timeZone)
  const own =
    sessions.find(([open, close]) => open.getTime() <= t && t < close.getTime()) ??
    sessions.find(([, close]) => close.getTime() === t)
  if (own) return own[0].getTime()
  return zonedTimeToUtc(wallClock(new Date(t), timeZone).date, '00:00', timeZone).getTime()
}

/**
 * The close of the trading day before the one of the instant `at`, read from a series (points in
 * time order): its last point before that day began. Null when there is none, or when a whole
 * trading session by the market's hours opened between them (a hole in the series: the move would
 * span days). Pure.
 */
export function previousDayClose(
  points: readonly Point[],
  at: number,
  market: Market,
): Point | null {
  const dayStart = tradingDayStart(at, market)
  const before = points[indexAtOrBefore(points, dayStart - 1)]
  if (!before) return null
  const skipped = tradingSessionsBetween(
    new Date(before.t),
    new Date(dayStart),
    market.tradingHours,
    market.timeZone,
  ).some(([open]) => open.getTime() > before.t && open.getTime() < dayStart)
  return skipped ? null : before
}
