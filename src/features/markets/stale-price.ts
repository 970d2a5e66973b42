import type { Instrument } from '../../feed/schemas/types'
import { closingDaysBetween, openTimeBetween } from '../../feed/trading-hours'
import type { Cadence } from '../../lib/cadence'
import { formatDay, formatDuration } from '../../lib/format-time'
import { aheadShownMs } from '../../lib/ahead-of-now'

const minute = 60_000
const day = 24 * 60 * minute

/** Below this many missing closes a daily series is not called out of date: a feed may write a close hours after it. */
const missingClosesShown = 2

/**
 * Past a whole trading session (or five closes) without a price, the day of the last one says
 * more than a count: "12 h of trading hours" on a market open four hours a day is three days.
 */
const sayDayAfterSessions = 1
const sayDayAfterCloses = 5

/** How far past the last price the trading hours are walked: enough for either of the above. */
const lookAheadMs = 14 * day

export type Market = Pick<Instrument, 'tradingHours' | 'timeZone'>

export type StalePrice = {
  /** "No price for 4 h 54 min of trading hours", "No close for 3 trading days", "No price since Fri 13 Jun". */
  words: string
  /**
   * `missing`: prices the market's hours should have brought are not in the feed. `ended`: the
   * talks ended before the last price and it is days old, a record of talks that are over, said
   * without alarm ("Series ends Fri 13 Jun"). `ahead`: the last price is dated after now ("Last
   * price 2 h 45 min ahead of now"), a clock or time zone mistake somewhere.
   */
  kind: 'missing' | 'ended' | 'ahead'
}

/**
 * Whether a series' last price (at `lastAt`) is out of date at `now`: its market has had more
 * trading hours than a halt (ten steps, at least 15 minutes; as the line breaks) without a new
 * intraday price, or `missingClosesShown` trading days or more have closed since the last daily
 * close (past a whole session or five closes, the day of the last price is given instead). Only
 * where the feed gives the market's trading hours, so that a closed market is never called
 * stale; never for weekly or coarser series. The hours are weekly: a holiday they do not list
 * reads as trading, so the words say "trading hours", not that the market traded. Past a whole
 * session, a series whose last price came after `talksEnd()` (the talks' last moment, see
 * talksEndAt; null while unknown; asked only then) is the record of talks that are over: it says
 * where it ends. A last price dated more than five minutes after now is named whatever the hours.
 * The day is stated in `zone`, the zone the page's times are in (the market's by default): in
 * Tokyo, New York's Friday 16:00 close is Saturday's 05:00, as the card's last price says. Pure,
 * and bounded: at most two weeks of hours are walked however old the price.
 */
export function stalePrice(
  lastAt: number,
  now: number,
  market: Market,
  cadence: Cadence,
  talksEnd: () => number | null,
  zone = market.timeZone,
): StalePrice | null {
  if (lastAt - now > aheadShownMs)
    return { words: `Last price ${formatDuration(lastAt - now)} ahead of now`, kind: 'ahead' }
  if (market.tradingHours.length === 0 || !(now > lastAt)) return null
  const from = new Date(lastAt)
  const to = new Date(Math.min(now, lastAt + lookAheadMs))
  const since = (what: string): StalePrice => {
    const lastDay = formatDay(lastAt, zone, now)
    const ended = talksEnd()
    return ended !== null && ended <= lastAt
      ? { words: `Series ends ${lastDay}`, kind: 'ended' }
      : { words: `No ${what} since ${lastDay}`, kind: 'missing' }
  }
  if (cadence.kind === 'intraday') {
    const halt = Math.max(10 * cadence.stepMs, 15 * minute)
    // No more trading hours than hours of any kind: fresh data costs no walk.
    if (now - lastAt <= halt) return null
    const open = openTimeBetween(from, to, market.tradingHours, market.timeZone)
    if (open <= halt) return null
    const sessionsMissed = closingDaysBetween(from, to, market.tradingHours, market.timeZone)
    return sessionsMissed >= sayDayAfterSessions
      ? since('price')
      : { words: `No price for ${formatDuration(open)} of trading hours`, kind: 'missing' }
  }
  if (cadence.kind === 'daily') {
    if (now - lastAt < day) return null
    const missing = closingDaysBetween(from, to, market.tradingHours, market.timeZone)
    if (missing < missingClosesShown) return null
    return missing > sayDayAfterCloses || to.getTime() < now
      ? since('close')
      : { words: `No close for ${missing} trading days`, kind: 'missing' }
  }
  return null
}
