import { PlotBox } from './plot-layer'
import { memo, useCallback, useDeferredValue, useMemo } from 'react'
import { ChartBackdrop } from './chart-backdrop'
import { Crosshair } from './crosshair'
import { MarketChart } from './market-chart'
import { PriceMarks } from './price-marks'
import { coveredTicks, valueLabelCentres } from './value-label-centres'
import { crowdedTicks } from './crowded-ticks'
import { sameItems, useStableValue } from '../../hooks/use-stable-value'
import { SeriesLine } from './series-line'
import type { ChartRow, Span } from './series-view'
import { stepDigits, tickLabel, valueLabel, type ValueKind } from './value-labels'
import type { ValueScale } from './value-scale'

type Props = {
  label: string
  color: string
  rows: readonly ChartRow[]
  lone: readonly { t: number; v: number }[]
  domain: Span
  ticks: readonly number[]
  formatTick: (t: number) => string
  scale: ValueScale
  kind: ValueKind
  /** Decimals a level is quoted to (the instrument's). */
  levelDigits: number
  last: number | null
  previousClose: number | null
  /** The previous close's name on the plot: "Prev close", or "9 Jun close" before it. */
  closeLabel: string
  sessionBands: readonly Span[]
  closedBands: readonly Span[]
  eventTimes: readonly number[]
  highlight: number | null
  width: number
  height: number
  describe: (t: number | null) => string
  onZoom?: (from: number, to: number) => void
  onResetZoom?: () => void
}

/**
 * A market panel's plot, in layers: bands and event lines behind, the axes (Recharts), the line, the
 * value labels and reference line, then the shared crosshair (which takes the pointer and the
 * keyboard). Each layer is memoised on its own props: hovering redraws only the crosshair, and a
 * new event or session redraws only the backdrop.
 */
export const InstrumentPlot = memo(function InstrumentPlot(urgent: Props) {
  // New data is drawn in a transition: React renders it in slices of a few ms between other work
  // (a poll's redraw is not one long task), and the chart shows the previous data meanwhile.
  const props = useDeferredValue(urgent)
  const {
    label,
    color,
    rows,
    lone,
    domain,
    ticks,
    formatTick,
    scale,
    kind,
    levelDigits,
    last,
    previousClose,
    closeLabel,
    width,
    height,
  } = props
  const step = scale.ticks.length > 1 ? scale.ticks[1]! - scale.ticks[0]! : 1
  const formatTickValue = useCallback((v: number) => tickLabel(v, kind, step), [kind, step])
  // A label never rounds coarser than the axis beside it: −0.0018 on an axis of −0.00185 and
  // −0.00200 reads −0.00180, not −0.002 (a yield near zero, quoted to 3 decimals).
  const labelDigits = Math.max(levelDigits, stepDigits(step))
  const formatValue = useCallback(
    (v: number) => valueLabel(v, kind, labelDigits),
    [kind, labelDigits],
  )
  const hiddenTicks = useStableValue(
    useMemo(
      () => [
        ...coveredTicks(valueLabelCentres(last, previousClose, scale, height), scale, height),
        ...crowdedTicks(scale, height),
      ],
      [last, previousClose, scale, height],
    ),
    sameItems,
  )
  return (
    <PlotBox width={width} height={height}>
      <ChartBackdrop
        width={width}
        height={height}
        domain={domain}
        sessionBands={props.sessionBands}
        closedBands={props.closedBands}
        eventTimes={props.eventTimes}
        highlight={props.highlight}
      />
      {/* The axes only: inert, as Chromium makes the layers Recharts portals into tab stops. */}
      <div className="relative" data-plot-chart="" inert>
        <MarketChart
          label={label}
          domain={domain}
          ticks={ticks}
          formatTick={formatTick}
          formatValue={formatTickValue}
          scale={scale}
          width={width}
          height={height}
          hiddenTicks={hiddenTicks}
        />
      </div>
      <SeriesLine
        rows={rows}
        domain={domain}
        scale={scale}
        width={width}
        height={height}
        color={color}
      />
      <PriceMarks
        width={width}
        height={height}
        scale={scale}
        color={color}
        last={last}
        previousClose={previousClose}
        closeLabel={closeLabel}
        formatValue={formatValue}
        domain={domain}
        lone={lone}
      />
      <Crosshair
        label={label}
        width={width}
        height={height}
        domain={domain}
        scale={scale}
        points={rows}
        color={color}
        formatValue={formatValue}
        describe={props.describe}
        onZoom={props.onZoom}
        onResetZoom={props.onResetZoom}
      />
    </PlotBox>
  )
})
