import type { Instrument, Series } from '../../feed/schemas/types'
import { indexAtOrBefore, percentMove } from '../../lib/rebase'
import { wallClock } from '../../lib/zoned-time'
import type { PreparedSeries } from './series-view'

type DayChange = Pick<Instrument, 'change' | 'changePercent'>

/**
 * The day change a feed left out (`change` and `changePercent` both null), read from the
 * instrument's own series: its last point against the series' reference close. Only when that is
 * the figure the feed would have given: the last point is the instrument's `last` at its `asOf`,
 * and every point after the reference close lies on the last point's date in the market's zone
 * (a reference several days back would give a move of several days). Never from an illustrative
 * series: an invented path gives no real figure. Null otherwise. Pure.
 */
export function seriesDayChange(
  instrument: Instrument,
  raw: Pick<Series, 'reference' | 'illustrative'>,
  series: Pick<PreparedSeries, 'basis' | 'points'>,
): DayChange | null {
  if (instrument.change !== null || instrument.changePercent !== null || raw.illustrative)
    return null
  const last = series.points.at(-1)
  const referenceAt = Date.parse(raw.reference.at)
  if (!last || last.t <= referenceAt || last.t !== Date.parse(instrument.asOf)) return null
  const firstAfter = series.points[indexAtOrBefore(series.points, referenceAt) + 1]!
  const day = (t: number) => wallClock(new Date(t), instrument.timeZone).date
  if (day(firstAfter.t) !== day(last.t)) return null
  if (series.basis === 'percent-change') return { change: null, changePercent: last.v }
  const reference = raw.reference.value
  if (reference === null || (instrument.last !== null && instrument.last !== last.v)) return null
  const changePercent = percentMove(reference, last.v, 'level')
  return changePercent === null ? null : { change: last.v - reference, changePercent }
}
