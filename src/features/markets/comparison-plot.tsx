import { memo, useCallback, useDeferredValue, useMemo } from 'react'
import { ChartBackdrop } from './chart-backdrop'
import { movesAt, type Line } from './comparison-lines'
import { Crosshair } from './crosshair'
import { useHoverTime } from './hover-time'
import { MarketChart } from './market-chart'
import { plotInset, xOf, yOf } from './plot-frame'
import { MarketLinePath } from './series-line'
import { PlotBox, PlotLayer } from './plot-layer'
import type { ChartRow, Span } from './series-view'
import { tickLabel, valueLabel } from './value-labels'
import type { ValueScale } from './value-scale'

type Props = {
  lines: readonly Line[]
  /** Every instant a line has a value at, in order: the crosshair's stops. */
  stops: readonly ChartRow[]
  domain: Span
  ticks: readonly number[]
  formatTick: (t: number) => string
  scale: ValueScale
  /** The moment the lines are rebased to, drawn as a line through the plot. */
  eventAt: number | null
  width: number
  height: number
  describe: (t: number | null) => string
  /** The instrument whose line is picked out (its legend entry pointed at or focused). */
  picked: string | null
  onZoom?: (from: number, to: number) => void
  onResetZoom?: () => void
}

const percentValue = (v: number) => valueLabel(v, 'percent')
const noNumbers: readonly number[] = []
const noSpans: readonly Span[] = []

/**
 * The comparison's plot, in the market panels' layers: the event line behind, the axes (Recharts,
 * redrawn only when the window or the scale changes), the lines as paths of our own (a poll costs
 * six path strings, not a Recharts chart), the dots at the hovered moment, and the shared crosshair
 * (pointer, keyboard, drag to zoom).
 */
export const ComparisonPlot = memo(function ComparisonPlot(urgent: Props) {
  // New data is drawn in a transition, the previous lines shown meanwhile.
  const props = useDeferredValue(urgent)
  const { lines, domain, scale, width, height } = props
  const step = scale.ticks.length > 1 ? scale.ticks[1]! - scale.ticks[0]! : 1
  const formatTickValue = useCallback((v: number) => tickLabel(v, 'percent', step), [step])
  return (
    <PlotBox width={width} height={height}>
      <ChartBackdrop
        width={width}
        height={height}
        domain={domain}
        sessionBands={noSpans}
        closedBands={noSpans}
        eventTimes={noNumbers}
        highlight={props.eventAt}
      />
      {/* The axes only: inert, as Chromium makes the layers Recharts portals into tab stops. */}
      <div className="relative" data-plot-chart="" inert>
        <MarketChart
          label="All instruments rebased"
          domain={domain}
          ticks={props.ticks}
          formatTick={props.formatTick}
          formatValue={formatTickValue}
          scale={scale}
          width={width}
          height={height}
        />
      </div>
      <ComparisonPaths
        lines={lines}
        picked={props.picked}
        domain={domain}
        scale={scale}
        width={width}
        height={height}
      />
      <HoverDots lines={lines} domain={domain} scale={scale} width={width} height={height} />
      <Crosshair
        label="All instruments rebased"
        width={width}
        height={height}
        domain={domain}
        scale={scale}
        points={props.stops}
        color="var(--muted)"
        dot={false}
        formatValue={percentValue}
        describe={props.describe}
        onZoom={props.onZoom}
        onResetZoom={props.onResetZoom}
      />
    </PlotBox>
  )
})

type LayerProps = {
  lines: readonly Line[]
  domain: Span
  scale: ValueScale
  width: number
  height: number
}

/** How far the other lines fade while one is picked out: they stay in sight, behind it. */
const fadedOpacity = 0.2

/**
 * The 0 % line, every instrument's line and its lone points (a point with no neighbour to join).
 * A picked line is drawn thicker and last (over the others), the others faded.
 */
const ComparisonPaths = memo(function ComparisonPaths({
  lines: drawn,
  picked: pickedId,
  domain,
  scale,
  width,
  height,
}: LayerProps & { picked: string | null }) {
  const zero = yOf(0, scale, height)
  const picked = drawn.find((line) => line.instrument.id === pickedId)
  const lines = picked ? [...drawn.filter((line) => line !== picked), picked] : drawn
  return (
    <PlotLayer width={width} height={height}>
      <line
        data-zero-line=""
        x1={plotInset.left}
        x2={width - plotInset.right}
        y1={zero}
        y2={zero}
        stroke="var(--muted)"
      />
      {lines.map((line) => (
        <g
          key={line.instrument.id}
          data-comparison-line={line.instrument.id}
          opacity={picked && line !== picked ? fadedOpacity : undefined}
        >
          <MarketLinePath
            rows={line.rows}
            domain={domain}
            scale={scale}
            width={width}
            height={height}
            color={line.color}
            dash={line.dash}
            strokeWidth={line === picked ? 3 : undefined}
          />
          {line.lone.map((p) => (
            <circle
              key={p.t}
              cx={xOf(p.t, domain, width)}
              cy={yOf(p.v, scale, height)}
              r={line === picked ? 3.5 : 2.5}
              fill={line.color}
            />
          ))}
        </g>
      ))}
    </PlotLayer>
  )
})

/** A dot on each line at the moment hovered in any market panel: the value in force then. */
function HoverDots({ lines, domain, scale, width, height }: LayerProps) {
  const t = useHoverTime()
  const dots = useMemo(
    () => (t === null || t < domain[0] || t > domain[1] ? [] : movesAt(lines, t)),
    [lines, t, domain],
  )
  if (t === null || dots.length === 0) return null
  return (
    <PlotLayer width={width} height={height} above>
      {dots.map(
        ({ line, point }) =>
          point && (
            <circle
              key={line.instrument.id}
              cx={xOf(t, domain, width)}
              cy={yOf(point.v, scale, height)}
              r={3}
              fill={line.color}
              stroke="var(--surface)"
              strokeWidth={1}
            />
          ),
      )}
    </PlotLayer>
  )
}
