import type { Instrument } from '../../feed/schemas/types'
import type { TimePoint } from '../../lib/lttb'
import { indexAtOrBefore, nearestIndex, type Basis } from '../../lib/rebase'
import { formatClock, formatDateTime, formatDay, zoneAbbreviation } from '../../lib/format-time'
import { formatSeriesValue } from './format-market'
import { formatMove, moveBetween, type MoveUnit } from './move-unit'
import { useHoverTime } from './hover-time'
import { isOpenAt, marketPlace, type Span } from './series-view'

type Props = {
  // Injected by Recharts.
  active?: boolean
  label?: string | number
  // Ours.
  instrument: Instrument
  points: readonly TimePoint[]
  basis: Basis
  unit?: MoveUnit
  /** The market's trading hours in the window; null for daily closes (the last close is in force). */
  trading: readonly Span[] | null
  base: { value: number; label: string } | null
  zone: string
}

/**
 * The tooltip of an instrument panel. Reads the moment hovered in any panel (panels are matched by
 * time, not index) and the exact value from the full series, not the drawn sample.
 */
export function InstrumentTooltip({ active, label, instrument, points, basis, unit = '%', trading, base, zone }: Props) {
  const hovered = useHoverTime()
  if (!active || points.length === 0) return null
  const t = hovered ?? Number(label)
  if (!Number.isFinite(t)) return null
  const open = trading === null || isOpenAt(trading, t)
  // While the market is closed (or between daily closes), the value in force is the last before the moment.
  const last = open && trading !== null ? -1 : indexAtOrBefore(points, t)
  const point = points[last >= 0 ? last : nearestIndex(points, t)]
  if (!point) return null
  const move = base ? moveBetween(base.value, point.v, basis, unit) : null
  return (
    <div data-testid="market-tooltip" className="rounded border border-line bg-surface px-2 py-1 text-xs shadow-lg">
      <p className="font-semibold">{instrument.shortName}</p>
      <p className="text-muted">{formatDateTime(t, zone)}</p>
      {trading === null && <p className="text-muted">Close of {formatDay(point.t, instrument.timeZone)}</p>}
      {!open && (
        <p className="text-warn">
          Closed in {marketPlace(instrument.timeZone)}; {point.t <= t ? 'last' : 'next'} trade {formatDay(point.t, instrument.timeZone)} {formatClock(point.t, instrument.timeZone)}{' '}
          {zoneAbbreviation(point.t, instrument.timeZone)}
        </p>
      )}
      <p className="font-mono">{formatSeriesValue(point.v, basis, instrument)}</p>
      {move !== null && base && (
        <p className="font-mono">
          {formatMove(move, unit)} since {base.label}
        </p>
      )}
    </div>
  )
}
