import type { Instrument, Series } from '../../feed/schemas/types'
import { previousDayClose } from '../../feed/previous-day-close'
import { indexAtOrBefore } from '../../lib/rebase'
import type { PreparedSeries, Span } from './series-view'

/**
 * Up to when a chart shows its series: the replayed moment (`asOf`), or the time window's end when
 * the window stops before the series' last point (a round or a range zoomed in the past); null
 * when it shows all of it.
 */
export function shownUntil(
  asOf: number | null,
  domain: Span,
  lastPoint: number | undefined,
): number | null {
  const windowEnd = lastPoint !== undefined && domain[1] < lastPoint ? domain[1] : null
  if (asOf === null) return windowEnd
  return windowEnd === null ? asOf : Math.min(asOf, windowEnd)
}

/**
 * The previous close a chart marks, in the series' own terms: its reference close, unless the
 * chart stops (`until`: a replayed moment or the window's end) before it. Then it is the close
 * before the day of the last point shown, read from a real series; an illustrative path or a
 * percent-change series gives none (nothing known then).
 */
export function shownClose(
  raw: Pick<Series, 'reference'> | undefined,
  prepared: Pick<PreparedSeries, 'basis' | 'illustrative' | 'points'> | undefined,
  until: number | null,
  market: Pick<Instrument, 'timeZone' | 'tradingHours'>,
): number | null {
  if (!raw) return null
  if (until === null || Date.parse(raw.reference.at) <= until) return raw.reference.value
  if (!prepared || prepared.illustrative || prepared.basis === 'percent-change') return null
  const last = prepared.points[indexAtOrBefore(prepared.points, until)]
  return last ? (previousDayClose(prepared.points, last.t, market)?.v ?? null) : null
}
