import { memo, useMemo, type ReactElement } from 'react'
import { CartesianAxis, Surface } from 'recharts'
import { plotInset, xOf, yOf } from './plot-frame'
import type { Span } from './series-view'
import type { ValueScale } from './value-scale'

export { plotInset } from './plot-frame'

export type Band = { from: number; to: number; label?: string }

type MarketChartProps = {
  /** Names the chart for assistive technology. */
  label: string
  domain: Span
  ticks: readonly number[]
  formatTick: (t: number) => string
  formatValue: (v: number) => string
  scale: ValueScale
  width: number
  height: number
  /** Values of the value axis's ticks left out: the value labels cover them (coveredTicks). */
  hiddenTicks?: readonly number[]
}

const noValues: readonly number[] = []
const surfaceStyle = { display: 'block' } as const

/**
 * A market panel's axes, drawn by Recharts' axis component on its SVG surface at a fixed size (the
 * card measures its width once), with the ticks placed by the plot's own scale (plot-frame.ts).
 * No chart around them: a LineChart's store, and the renders its layout effects start, took some
 * 20 ms a chart at 1x for two axes. The line itself is a layer of its own (SeriesLine), as are the
 * bands, event lines, value labels and crosshair: this redraws only when the window, the size or
 * the value scale changes, never for a new point inside them.
 */
export const MarketChart = memo(function MarketChart({
  label,
  domain,
  ticks,
  formatTick,
  formatValue,
  scale,
  width,
  height,
  hiddenTicks = noValues,
}: MarketChartProps) {
  const valueTick = (props: TickProps) =>
    hiddenTicks.includes(Number(props.payload?.value)) ? <g /> : axisTick(props)
  const plotWidth = width - plotInset.left - plotInset.right
  const plotHeight = height - plotInset.top - plotInset.bottom
  const viewBox = { x: plotInset.left, y: plotInset.top, width: plotWidth, height: plotHeight }
  const timeTicks = useMemo(
    () => ticks.map((t, index) => ({ index, value: t, coordinate: xOf(t, domain, width) })),
    [ticks, domain, width],
  )
  const valueTicks = useMemo(
    () => scale.ticks.map((v, index) => ({ index, value: v, coordinate: yOf(v, scale, height) })),
    [scale, height],
  )
  return (
    <Surface width={width} height={height} title={label} style={surfaceStyle}>
      <CartesianAxis
        axisType="xAxis"
        className="recharts-xAxis xAxis"
        orientation="bottom"
        x={plotInset.left}
        y={height - plotInset.bottom}
        width={plotWidth}
        height={plotInset.bottom}
        viewBox={viewBox}
        ticks={timeTicks}
        tickFormatter={formatTick}
        tick={axisTick as (props: unknown) => ReactElement}
        tickLine={false}
        interval={0}
        stroke="var(--line)"
      />
      <CartesianAxis
        axisType="yAxis"
        className="recharts-yAxis yAxis"
        orientation="right"
        x={width - plotInset.right}
        y={plotInset.top}
        width={plotInset.right}
        height={plotHeight}
        viewBox={viewBox}
        ticks={valueTicks}
        tickFormatter={formatValue}
        tick={valueTick as (props: unknown) => ReactElement}
        tickLine={false}
        axisLine={false}
        interval={0}
        stroke="var(--line)"
      />
    </Surface>
  )
})

export type TickProps = {
  x?: number | string
  y?: number | string
  textAnchor?: 'start' | 'middle' | 'end' | 'inherit'
  verticalAnchor?: 'start' | 'middle' | 'end'
  fill?: string
  className?: string
  index?: number
  payload?: { value: unknown }
  tickFormatter?: (value: never, index: number) => string
}

/**
 * Recharts reads the computed font of the first label with this class after each render (for
 * label spacing, which interval 0 never uses): a style recalculation of the page per axis.
 */
const measuredClass = 'recharts-cartesian-axis-tick-value'

const verticalShift = { start: '0.71em', middle: '0.355em', end: '0' } as const

/**
 * An axis label as one <text> (Recharts' default adds a <tspan> per label for wrapping, which
 * short tick labels never need): fewer DOM nodes on a page of seven charts. 11 px in the theme's
 * muted ink (about 7:1 on the panel in both themes; Recharts would paint it in the axis line's
 * colour, 1.5:1).
 */
export function axisTick({
  x,
  y,
  textAnchor,
  verticalAnchor = 'end',
  className,
  index = 0,
  payload,
  tickFormatter,
}: TickProps): ReactElement {
  const value = payload?.value
  const text = tickFormatter ? tickFormatter(value as never, index) : String(value ?? '')
  return (
    <text
      x={x}
      y={y}
      dy={verticalShift[verticalAnchor]}
      textAnchor={textAnchor}
      fill="var(--muted)"
      fontSize={11}
      className={className?.replace(measuredClass, '').trim()}
    >
      {text}
    </text>
  )
}
