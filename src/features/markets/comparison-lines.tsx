import { seriesColor } from '../../components/chart'
import type { Instrument } from '../../feed/schemas/types'
import type { TimePoint } from '../../lib/lttb'
import { indexAtOrBefore, rebaseSeries } from '../../lib/rebase'
import { formatDateTime } from '../../lib/format-time'
import { signedPercent } from './format-market'
import type { MarketEvent } from './market-events'
import type { Reaction } from './reaction'
import {
  isOpenAt,
  seriesCadence,
  sliceWindow,
  tradingSpans,
  type ChartRow,
  type PreparedSeries,
  type Span,
} from './series-view'
import { drawSeries } from './draw-rows'
import { moveUnit } from './move-unit'

export type ComparisonInput = {
  instrument: Instrument
  colorVar: string
  series: PreparedSeries | undefined
  reaction: Reaction | null
}

export type Line = {
  instrument: Instrument
  rows: ChartRow[]
  lone: TimePoint[]
  full: TimePoint[]
  /** Null for daily closes: the last close is in force between them. */
  trading: readonly Span[] | null
  illustrative: boolean
}

export function ComparisonTooltip({
  active,
  label,
  lines,
  zone,
}: {
  active?: boolean
  label?: number | string
  lines: readonly Line[]
  zone: string
}) {
  const t = Number(label)
  if (!active || !Number.isFinite(t)) return null
  return (
    <div className="rounded border border-line bg-surface px-2 py-1 text-xs shadow-lg">
      <p className="text-muted">{formatDateTime(t, zone)}</p>
      {lines.map((line) => {
        const i = indexAtOrBefore(line.full, t)
        const point = line.full[i]
        return (
          <p key={line.instrument.id} className="font-mono">
            <span style={{ color: seriesColor(line.instrument.id) }} aria-hidden="true">
              ■{' '}
            </span>
            {line.instrument.shortName}: {point ? signedPercent(point.v) : 'not traded yet'}
            {point && line.trading !== null && !isOpenAt(line.trading, t) ? ' (closed)' : ''}
          </p>
        )
      })}
    </div>
  )
}

/**
 * Each instrument in % since the event (or the next open), or without an event since the first
 * value shown, drawn by its cadence. Yields (in basis points) are left to their own charts.
 */
export function comparisonLines(
  inputs: readonly ComparisonInput[],
  event: MarketEvent | null,
  domain: Span,
  width: number,
): Line[] {
  const out: Line[] = []
  for (const { instrument, series, reaction } of inputs) {
    if (!series || moveUnit(instrument, series.basis) === 'bp') continue
    const inWindow = sliceWindow(series.points, domain)
    const baseValue = event ? (reaction?.baseValue ?? null) : (inWindow[0]?.v ?? null)
    if (baseValue === null || inWindow.length === 0) continue
    const full = rebaseSeries(inWindow, baseValue, series.basis)
    const cadence = seriesCadence(series)
    const trading = cadence.kind === 'intraday' ? tradingSpans(instrument, domain) : null
    const { rows, lone } = drawSeries(full, trading ?? [], cadence, Math.max(width - 60, 40))
    out.push({ instrument, full, trading, illustrative: series.illustrative, rows, lone })
  }
  return out
}
