import type { Instrument } from './schemas/types'
import { tradingSessionsBetween } from './trading-hours'
import { zonedTimeToUtc, wallClock } from '../lib/zoned-time'

type Point = { t: string; v: number }
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
  return own
    ? own[0].getTime()
    : zonedTimeToUtc(wallClock(new Date(t), timeZone).date, '00:00', timeZone).getTime()
}

/**
 * The close of the trading day before `point`'s, read from the series: its last point before
 * that day began. Null when the series has none, or when a whole trading session by the market's
 * hours opened between them (a hole in the series: the move would span days). Pure.
 */
export function previousDayClose(
  points: readonly Point[],
  point: Point,
  market: Market,
): Point | null {
  const dayStart = tradingDayStart(Date.parse(point.t), market)
  let before: Point | null = null
  let beforeAt = -Infinity
  for (const candidate of points) {
    const at = Date.parse(candidate.t)
    if (at < dayStart && at > beforeAt) {
      before = candidate
      beforeAt = at
    }
  }
  if (before === null) return null
  const skipped = tradingSessionsBetween(
    new Date(beforeAt),
    new Date(dayStart),
    market.tradingHours,
    market.timeZone,
  ).some(([open]) => open.getTime() > beforeAt && open.getTime() < dayStart)
  return skipped ? null : before
}
