import type { Instrument } from '../../feed/schemas/types'
import { closesBetween, openTimeBetween } from '../../feed/trading-hours'
import type { Cadence } from '../../lib/cadence'
import { formatDay, formatDuration } from '../../lib/format-time'

const minute = 60_000

/** Below this many missing closes a daily series is not called out of date: a feed may write a close hours after it. */
export const missingClosesShown = 2

/** Past a day of trading (or five closes) without a price, the day of the last one says more than a count. */
const sayDayAfterMs = 24 * 60 * minute
const sayDayAfterCloses = 5

export type StalePrice = {
  /** "No price for 4 h 54 min of trading hours", "No close in the last 3 sessions", "No price since Fri 13 Jun". */
  words: string
}

/**
 * Whether a series' last price (at `lastAt`) is out of date at `now`: its market has traded for
 * longer than a halt (ten steps, at least 15 minutes; as the line breaks) without a new intraday
 * price, or has closed `missingClosesShown` sessions or more since the last daily close (past a
 * day of trading or five closes, the day of the last price is given instead). Only
 * where the feed gives the market's trading hours, so that a closed market is never called
 * stale; never for weekly or coarser series. The hours are weekly: a holiday they do not list
 * reads as trading, so the words say "trading hours", not that the market traded. Pure.
 */
export function stalePrice(
  lastAt: number,
  now: number,
  market: Pick<Instrument, 'tradingHours' | 'timeZone'>,
  cadence: Cadence,
): StalePrice | null {
  if (market.tradingHours.length === 0 || !(now > lastAt)) return null
  const from = new Date(lastAt)
  const to = new Date(now)
  const since = () => formatDay(lastAt, market.timeZone, now)
  if (cadence.kind === 'intraday') {
    const open = openTimeBetween(from, to, market.tradingHours, market.timeZone)
    const halt = Math.max(10 * cadence.stepMs, 15 * minute)
    if (open <= halt) return null
    return {
      words:
        open > sayDayAfterMs
          ? `No price since ${since()}`
          : `No price for ${formatDuration(open)} of trading hours`,
    }
  }
  if (cadence.kind === 'daily') {
    const missing = closesBetween(from, to, market.tradingHours, market.timeZone)
    if (missing < missingClosesShown) return null
    return {
      words:
        missing > sayDayAfterCloses
          ? `No close since ${since()}`
          : `No close in the last ${missing} sessions`,
    }
  }
  return null
}
