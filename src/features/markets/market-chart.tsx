import type { ReactElement } from 'react'
import {
  Line,
  LineChart,
  ReferenceArea,
  ReferenceDot,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'
import type { SyncMethod } from 'recharts'
import { ChartContainer, seriesColor, type ChartConfig } from '../../components/chart'
import type { ChartRow, Span } from './series-view'
import { useDragZoom } from './use-drag-zoom'

/** Plot-area insets: the event rail under a chart lines up with them. */
export const plotInset = { left: 52, right: 8 }

export type Band = { from: number; to: number; label?: string }

type MarketChartProps = {
  /** Names the chart for assistive technology. */
  label: string
  seriesKey: string
  config: ChartConfig
  rows: readonly ChartRow[]
  /** Points with no neighbour to join, drawn as dots. */
  lone?: readonly { t: number; v: number }[]
  domain: Span
  ticks: readonly number[]
  formatTick: (t: number) => string
  formatValue: (v: number) => string
  height: number
  sessionBands?: readonly Band[]
  closedBands?: readonly Span[]
  highlight?: number | null
  /** Charts with the same syncId share crosshair and tooltip, matched by time. */
  syncId?: string
  tooltip?: ReactElement
  onHoverTime?: (t: number | null) => void
  /** Drag across the chart to zoom to a range; double-click to reset. */
  onZoom?: (from: number, to: number) => void
  onResetZoom?: () => void
}

/** Picks, in a receiving chart, the tick nearest in time to the one hovered in another chart. */
export const syncByTime: SyncMethod = (ticks, data) => {
  const target = Number(data.activeLabel)
  if (!Number.isFinite(target) || ticks.length === 0) return -1
  let lo = 0
  let hi = ticks.length - 1
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (Number(ticks[mid]!.value) < target) lo = mid + 1
    else hi = mid
  }
  if (lo > 0 && target - Number(ticks[lo - 1]!.value) <= Number(ticks[lo]!.value) - target)
    return lo - 1
  return lo
}

/** One instrument over time: rows in, SVG out. No animation: series may be long. */
export function MarketChart({
  label,
  seriesKey,
  config,
  rows,
  lone = [],
  domain,
  ticks,
  formatTick,
  formatValue,
  height,
  sessionBands = [],
  closedBands = [],
  highlight = null,
  syncId,
  tooltip,
  onHoverTime,
  onZoom,
  onResetZoom,
}: MarketChartProps) {
  const zoom = useDragZoom(onZoom, onResetZoom)
  return (
    <div
      onDoubleClick={zoom.onDoubleClick}
      className={onZoom ? 'cursor-crosshair select-none' : undefined}
    >
      <ChartContainer config={config} height={height}>
        <LineChart
          data={rows as ChartRow[]}
          margin={{ top: 6, right: plotInset.right, bottom: 0, left: 0 }}
          accessibilityLayer
          title={label}
          syncId={syncId}
          syncMethod={syncByTime}
          onMouseDown={zoom.handlers.onMouseDown}
          onMouseUp={zoom.handlers.onMouseUp}
          onMouseMove={(state) => {
            onHoverTime?.(typeof state.activeLabel === 'number' ? state.activeLabel : null)
            zoom.handlers.onMouseMoveDrag?.(state)
          }}
          onMouseLeave={() => {
            onHoverTime?.(null)
            zoom.handlers.onMouseLeave?.()
          }}
        >
          {closedBands.map(([from, to]) => (
            <ReferenceArea
              key={`c${from}`}
              x1={from}
              x2={to}
              fill="var(--closed-band)"
              fillOpacity={1}
              ifOverflow="hidden"
            />
          ))}
          {sessionBands.map((band) => (
            <ReferenceArea
              key={`s${band.from}`}
              x1={band.from}
              x2={band.to}
              fill="var(--session-band)"
              fillOpacity={1}
              ifOverflow="hidden"
            />
          ))}
          {highlight !== null && (
            <ReferenceLine
              x={highlight}
              stroke="var(--accent)"
              strokeWidth={2}
              ifOverflow="hidden"
            />
          )}
          <XAxis
            dataKey="t"
            type="number"
            scale="time"
            // Rows come sliced to the domain: no overflow to clip (a clip path per line costs 3 nodes).
            domain={domain as [number, number]}
            ticks={ticks as number[]}
            tickFormatter={formatTick}
            tick={axisTick}
            tickLine={false}
            interval={0}
            height={18}
            stroke="var(--line)"
          />
          <YAxis
            width={plotInset.left}
            domain={['auto', 'auto']}
            tickFormatter={formatValue}
            tick={axisTick}
            tickLine={false}
            interval={0}
            axisLine={false}
            tickCount={3}
            stroke="var(--line)"
          />
          <Line
            dataKey="v"
            type="linear"
            stroke={seriesColor(seriesKey)}
            strokeWidth={1.5}
            dot={false}
            activeDot={{ r: 3 }}
            connectNulls={false}
            isAnimationActive={false}
          />
          {lone.map((p) => (
            <ReferenceDot
              key={p.t}
              x={p.t}
              y={p.v}
              r={2.5}
              fill={seriesColor(seriesKey)}
              stroke="none"
              ifOverflow="hidden"
            />
          ))}
          {zoom.area && (
            <ReferenceArea
              x1={zoom.area.x1}
              x2={zoom.area.x2}
              fill="var(--accent)"
              fillOpacity={0.15}
              ifOverflow="hidden"
            />
          )}
          {tooltip && (
            <Tooltip
              content={tooltip}
              filterNull={false}
              isAnimationActive={false}
              wrapperStyle={{ zIndex: 10 }}
              cursor={{ stroke: 'var(--muted)' }}
            />
          )}
        </LineChart>
      </ChartContainer>
    </div>
  )
}

type TickProps = {
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
 * short tick labels never need): fewer DOM nodes on a page of seven charts.
 */
export function axisTick({
  x,
  y,
  textAnchor,
  verticalAnchor = 'end',
  fill,
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
      fill={fill}
      fontSize={10}
      className={className}
    >
      {text}
    </text>
  )
}
