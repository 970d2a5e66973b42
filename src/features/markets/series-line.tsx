import { memo } from 'react'
import { xOf, yOf } from './plot-frame'
import type { ChartRow, Span } from './series-view'
import type { ValueScale } from './value-scale'
import { PlotLayer } from './plot-layer'

type Props = {
  rows: readonly ChartRow[]
  domain: Span
  scale: ValueScale
  width: number
  height: number
  color: string
  /** SVG dash array; undefined: a solid line. */
  dash?: string
  /** In px; 1.5 unless a line is picked out of many. */
  strokeWidth?: number
}

/** The path of rows in a chart box: a move at the start and after every break (`v: null`). */
export function linePath(
  rows: readonly ChartRow[],
  domain: Span,
  scale: ValueScale,
  width: number,
  height: number,
): string {
  let d = ''
  let pen = false
  for (const row of rows) {
    if (row.v === null) {
      pen = false
      continue
    }
    d += `${pen ? 'L' : 'M'}${xOf(row.t, domain, width).toFixed(1)},${yOf(row.v, scale, height).toFixed(1)}`
    pen = true
  }
  return d
}

/** A market line's path in a chart box (the comparison draws several in one layer). */
export function MarketLinePath({
  rows,
  domain,
  scale,
  width,
  height,
  color,
  dash,
  strokeWidth = 1.5,
}: Props) {
  return (
    <path
      className="market-line"
      d={linePath(rows, domain, scale, width, height)}
      stroke={color}
      strokeWidth={strokeWidth}
      strokeDasharray={dash}
      fill="none"
      strokeLinejoin="round"
    />
  )
}

/**
 * The instrument's line, as one SVG path drawn by us rather than by Recharts (which keeps the axes):
 * a poll that brings a new point redraws one path, in well under a millisecond, instead of a
 * Recharts chart. Memoised: unchanged rows draw nothing.
 */
export const SeriesLine = memo(function SeriesLine(props: Props) {
  return (
    <PlotLayer width={props.width} height={props.height}>
      <MarketLinePath {...props} />
    </PlotLayer>
  )
})
