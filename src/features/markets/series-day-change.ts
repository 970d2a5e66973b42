import type { Instrument, Series } from '../../feed/schemas/types'
import { indexAtOrBefore, percentMove } from '../../lib/rebase'
import { wallClock } from '../../lib/zoned-time'
import { tradingSessionsBetween } from '../../feed/trading-hours'
import type { PreparedSeries } from './series-view'

type DayChange = Pick<Instrument, 'change' | 'changePercent'>

/** The feed gives no day change for it: none in the unit, none in %. */
export const lacksDayChange = (instrument: DayChange) =>
  instrument.change === null && instrument.changePercent === null

/**
 * The day change a feed left out (`change` and `changePercent` both null), read from the
 * instrument's own series: its last point against the series' reference close. Only when that is
 * the figure the feed would have given: the last point is the instrument's `last` at its `asOf`,
 * and every point after the reference close lies in the last point's trading day (a reference
 * several days back would give a move of several days). Never from an illustrative
 * series: an invented path gives no real figure. Null otherwise. Pure.
 */
export function seriesDayChange(
  instrument: Instrument,
  raw: Pick<Series, 'reference' | 'illustrative'>,
  series: Pick<PreparedSeries, 'basis' | 'points'>,
): DayChange | null {
  if (!lacksDayChange(instrument) || raw.illustrative) return null
  const last = series.points.at(-1)
  const referenceAt = Date.parse(raw.reference.at)
  if (!last || last.t <= referenceAt || last.t !== Date.parse(instrument.asOf)) return null
  const firstAfter = series.points[indexAtOrBefore(series.points, referenceAt) + 1]!
  if (!oneTradingDay(firstAfter.t, last.t, instrument)) return null
  if (series.basis === 'percent-change') return { change: null, changePercent: last.v }
  const reference = raw.reference.value
  if (reference === null || (instrument.last !== null && instrument.last !== last.v)) return null
  const changePercent = percentMove(reference, last.v, 'level')
  return changePercent === null ? null : { change: last.v - reference, changePercent }
}

/**
 * Whether two instants lie in one trading day: one date in the market's zone, or one trading
 * session by its hours (a session that opens the evening before, as a currency pair's does).
 */
function oneTradingDay(
  from: number,
  to: number,
  { timeZone, tradingHours }: Pick<Instrument, 'timeZone' | 'tradingHours'>,
): boolean {
  const day = (t: number) => wallClock(new Date(t), timeZone).date
  if (day(from) === day(to)) return true
  return tradingSessionsBetween(new Date(from), new Date(to + 1), tradingHours, timeZone).some(
    ([open, close]) => open.getTime() <= from && to <= close.getTime(),
  )
}
