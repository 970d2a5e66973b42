import type { Instrument } from '../../feed/schemas/types'
import type { TimePoint } from '../../lib/lttb'
import { indexAtOrBefore, nearestIndex, percentMove, type Basis } from '../../lib/rebase'
import { formatClock, formatDateTime, formatDay, zoneAbbreviation } from '../../lib/format-time'
import { formatSeriesValue, signedPercent } from './format-market'
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
  trading: readonly Span[]
  base: { value: number; label: string } | null
  zone: string
}

/**
 * The tooltip of an instrument panel. Reads the moment hovered in any panel (panels are matched by
 * time, not index) and the exact value from the full series, not the drawn sample.
 */
export function InstrumentTooltip({ active, label, instrument, points, basis, trading, base, zone }: Props) {
  const hovered = useHoverTime()
  if (!active || points.length === 0) return null
  const t = hovered ?? Number(label)
  if (!Number.isFinite(t)) return null
  const open = isOpenAt(trading, t)
  // While the market is closed, the value in force is its last trade before the moment.
  const last = open ? -1 : indexAtOrBefore(points, t)
  const point = points[last >= 0 ? last : nearestIndex(points, t)]
  if (!point) return null
  const move = base ? percentMove(base.value, point.v, basis) : null
  return (
    <div data-testid="market-tooltip" className="rounded border border-line bg-surface px-2 py-1 text-xs shadow-lg">
      <p className="font-semibold">{instrument.shortName}</p>
      <p className="text-muted">{formatDateTime(t, zone)}</p>
      {!open && (
        <p className="text-warn">
          Closed in {marketPlace(instrument.timeZone)}; {point.t <= t ? 'last' : 'next'} trade {formatDay(point.t, instrument.timeZone)} {formatClock(point.t, instrument.timeZone)}{' '}
          {zoneAbbreviation(point.t, instrument.timeZone)}
        </p>
      )}
      <p className="font-mono">{formatSeriesValue(point.v, basis, instrument)}</p>
      {move !== null && base && (
        <p className="font-mono">
          {signedPercent(move)} since {base.label}
        </p>
      )}
    </div>
  )
}
