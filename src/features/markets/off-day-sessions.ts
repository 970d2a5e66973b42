import type { Instrument } from '../../feed/schemas/types'
import { addDays } from '../../lib/civil-date'
import { formatDay } from '../../lib/format-time'
import { indexAtOrAfter, indexAtOrBefore } from '../../lib/rebase'
import { wallClock, zonedTimeToUtc } from '../../lib/zoned-time'
import { tradingSpans } from './series-view'

type Market = Pick<Instrument, 'timeZone' | 'tradingHours'>

/** Midnight starting a day of the market's calendar. */
const dayStart = (date: string, zone: string) => zonedTimeToUtc(date, '00:00', zone).getTime()

/**
 * Whether the market did not trade on the day of `eventAt` in its calendar: its series has no
 * price that day, and either its weekly hours have no session that day (a weekend) or the series
 * has prices after it (a holiday the hours do not know). A day still to be priced is not one.
 */
export function eventOnOffDay(
  market: Market,
  points: readonly { t: number }[],
  eventAt: number,
): boolean {
  const zone = market.timeZone
  const date = wallClock(new Date(eventAt), zone).date
  const from = dayStart(date, zone)
  const to = dayStart(addDays(date, 1), zone)
  const first = indexAtOrAfter(points, from)
  if (first >= 0 && points[first]!.t < to) return false
  const pricedLater = (points.at(-1)?.t ?? -Infinity) >= to
  const hoursThatDay = tradingSpans(market, [from, to - 1]).some(
    ([open]) => open >= from && open < to,
  )
  return pricedLater || !hoursThatDay
}

/**
 * The sessions a day change compares ("Fri 6 Jun vs Thu 5 Jun"), said on a card whose chosen event
 * fell on a day its market did not trade (a Saturday statement, the S&P 500 on a US holiday): there
 * "on the day" reads as the event's day, which had no session. The change of the first trading day
 * after the event reads "the next trading day, Mon 9 Jun vs Fri 6 Jun"; a change of a day before
 * the event's (a replay of that Saturday, a morning before the open) names its days too. The day
 * is that of the series' last price; the day before, its last price before that day, else its
 * reference close. Null when the change is of the event's day or a later one and the market
 * traded on the event's day.
 */
export function offDaySessions(
  market: Market,
  points: readonly { t: number }[],
  referenceAt: number | null,
  eventAt: number,
  /** The page's now, for the year of a day in another year. */
  now: number,
): string | null {
  const dayAt = points.at(-1)?.t
  if (dayAt === undefined) return null
  const zone = market.timeZone
  const day = wallClock(new Date(dayAt), zone).date
  const eventDay = wallClock(new Date(eventAt), zone).date
  // A change of a day before the event's (replayed on a Saturday; live before the open) is not the
  // event's day's either.
  if (day >= eventDay && !eventOnOffDay(market, points, eventAt)) return null
  const from = dayStart(day, zone)
  const before = indexAtOrBefore(points, from - 1)
  const previous =
    before >= 0
      ? points[before]!.t
      : referenceAt !== null && referenceAt < from
        ? referenceAt
        : null
  const sessions = `${formatDay(dayAt, zone, now)}${previous === null ? '' : ` vs ${formatDay(previous, zone, now)}`}`
  const next = indexAtOrAfter(points, dayStart(addDays(eventDay, 1), zone))
  const isNextDay = next >= 0 && wallClock(new Date(points[next]!.t), zone).date === day
  return isNextDay ? `the next trading day, ${sessions}` : sessions
}
