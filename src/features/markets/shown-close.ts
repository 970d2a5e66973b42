import type { Instrument, Series } from '../../feed/schemas/types'
import { previousDayClose } from '../../feed/previous-day-close'

/**
 * The previous close a chart marks, in the series' own terms: its reference close, unless a replayed
 * moment (`asOf`) comes before it. Then it is the close before the last point's day, read from a
 * real series; an illustrative path or a percent-change series gives none (nothing known then).
 */
export function shownClose(
  raw: Series | undefined,
  asOf: number | null,
  market: Pick<Instrument, 'timeZone' | 'tradingHours'>,
): number | null {
  if (!raw) return null
  if (asOf === null || Date.parse(raw.reference.at) <= asOf) return raw.reference.value
  if (raw.illustrative || raw.basis === 'percent-change') return null
  let last: Series['points'][number] | null = null
  for (const point of raw.points) {
    const at = Date.parse(point.t)
    if (at <= asOf && (last === null || at > Date.parse(last.t))) last = point
  }
  return last ? (previousDayClose(raw.points, last, market)?.v ?? null) : null
}
