import type { Instrument, Series } from '../../feed/schemas/types'
import { previousDayClose } from '../../feed/previous-day-close'
import type { PreparedSeries } from './series-view'

/**
 * The previous close a chart marks, in the series' own terms: its reference close, unless a replayed
 * moment (`asOf`) comes before it. Then it is the close before the last point's day, read from a
 * real series; an illustrative path or a percent-change series gives none (nothing known then).
 */
export function shownClose(
  raw: Pick<Series, 'reference'> | undefined,
  prepared: Pick<PreparedSeries, 'basis' | 'illustrative' | 'points'> | undefined,
  asOf: number | null,
  market: Pick<Instrument, 'timeZone' | 'tradingHours'>,
): number | null {
  if (!raw) return null
  if (asOf === null || Date.parse(raw.reference.at) <= asOf) return raw.reference.value
  if (!prepared || prepared.illustrative || prepared.basis === 'percent-change') return null
  const last = prepared.points.at(-1)
  return last ? (previousDayClose(prepared.points, last.t, market)?.v ?? null) : null
}
