import { memo, useMemo, type ReactElement } from 'react'
import { LineChart, XAxis, YAxis } from 'recharts'
import { plotInset } from './plot-frame'
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

/**
 * A market panel's axes, drawn by Recharts at a fixed size (no ResponsiveContainer: the card
 * measures its width once). The line itself is a layer of its own (SeriesLine), as are the bands,
 * event lines, value labels and crosshair: this redraws only when the window, the size or the value
 * scale changes, never for a new point inside them.
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
  // Recharts draws no time axis for a chart without data: the window's two ends stand in for it.
  const ends = useMemo(() => [{ t: domain[0] }, { t: domain[1] }], [domain])
  return (
    <LineChart
      data={ends}
      // The keyboard's way in is the crosshair layer above: the axes are no tab stop of their own.
      accessibilityLayer={false}
      width={width}
      height={height}
      margin={{ top: plotInset.top, right: 0, bottom: 0, left: plotInset.left }}
      title={label}
    >
      <XAxis {...timeAxisProps(domain, ticks, formatTick)} />
      <YAxis
        {...valueAxisProps}
        domain={scale.domain}
        ticks={scale.ticks as number[]}
        allowDataOverflow
        tickFormatter={formatValue}
        tick={valueTick}
      />
    </LineChart>
  )
})

/**
 * The time axis under every market chart. Rows come sliced to the domain: no overflow to clip
 * (a clip path per line costs 3 nodes).
 */
export const timeAxisProps = (
  domain: Span,
  ticks: readonly number[],
  formatTick: (t: number) => string,
) =>
  ({
    dataKey: 't',
    type: 'number',
    scale: 'linear',
    domain: domain as [number, number],
    ticks: ticks as number[],
    tickFormatter: formatTick,
    tick: axisTick,
    tickLine: false,
    interval: 0,
    height: plotInset.bottom,
    stroke: 'var(--line)',
  }) as const

/** The value axis on the right of every market chart; each chart gives its scale and labels. */
export const valueAxisProps = {
  orientation: 'right',
  width: plotInset.right,
  tickLine: false,
  interval: 0,
  axisLine: false,
  stroke: 'var(--line)',
} as const

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
      className={className}
    >
      {text}
    </text>
  )
}
