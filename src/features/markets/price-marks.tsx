import { memo } from 'react'
import { plotInset, xOf, yOf } from './plot-frame'
import type { Span } from './series-view'
import type { ValueScale } from './value-scale'
import { PlotLayer } from './plot-layer'
import { labelHeight, valueLabelCentres } from './value-label-centres'

/** A value label on the right axis: a pill the colour of `fill`, its text in `ink`. */
export function AxisLabel({
  y,
  text,
  fill,
  ink,
  stroke,
  width,
  name,
}: {
  y: number
  text: string
  fill: string
  ink: string
  stroke?: string
  width: number
  name: string
}) {
  const x = width - plotInset.right + 2
  return (
    <g data-axis-label={name}>
      <rect
        x={x}
        y={y - labelHeight / 2}
        width={plotInset.right - 3}
        height={labelHeight}
        rx={2}
        fill={fill}
        stroke={stroke}
      />
      <text x={x + 4} y={y} dy="0.35em" fontSize={11} fill={ink} className="tabular-nums">
        {text}
      </text>
    </g>
  )
}

type Props = {
  width: number
  height: number
  scale: ValueScale
  color: string
  last: number | null
  /** The previous close in the chart's units, or null when the data does not give it. */
  previousClose: number | null
  closeLabel: string
  formatValue: (v: number) => string
  domain: Span
  /** Points with no neighbour to join: a line cannot show them, a dot does. */
  lone: readonly { t: number; v: number }[]
}

/**
 * The last value labelled at the right edge (with a dotted level across the plot) and the previous
 * close as a dashed reference line with its own label.
 */
export const PriceMarks = memo(function PriceMarks({
  width,
  height,
  scale,
  color,
  last,
  previousClose,
  closeLabel,
  formatValue,
  domain,
  lone,
}: Props) {
  const left = plotInset.left
  const right = width - plotInset.right
  const inside = (v: number | null): v is number =>
    v !== null && v >= scale.domain[0] && v <= scale.domain[1]
  const labels = valueLabelCentres(last, previousClose, scale, height)
  const closeY = previousClose === null ? 0 : yOf(previousClose, scale, height)
  // Its name sits above the line, or below it where the line runs along the top of the plot.
  const closeNameBelow = closeY < 14
  return (
    <PlotLayer width={width} height={height}>
      {inside(previousClose) && (
        <g data-previous-close="">
          <line
            x1={left}
            x2={right}
            y1={closeY}
            y2={closeY}
            stroke="var(--muted)"
            strokeDasharray="5 3"
            strokeWidth={1}
          />
          <rect
            x={left + 2}
            y={closeNameBelow ? closeY + 1 : closeY - 14}
            width={closeLabel.length * 5.6 + 6}
            height={13}
            fill="var(--surface)"
            opacity={0.9}
          />
          <text
            x={left + 4}
            y={closeNameBelow ? closeY + 11 : closeY - 4}
            fontSize={10.5}
            fill="var(--muted)"
          >
            {closeLabel}
          </text>
          <AxisLabel
            name="previous-close"
            y={labels.close ?? 0}
            text={formatValue(previousClose)}
            fill="var(--surface)"
            stroke="var(--muted)"
            ink="var(--ink)"
            width={width}
          />
        </g>
      )}
      {lone.map((p) => (
        <circle
          key={p.t}
          cx={xOf(p.t, domain, width)}
          cy={yOf(p.v, scale, height)}
          r={2.5}
          fill={color}
        />
      ))}
      {inside(last) && (
        <g data-last-value="">
          <line
            x1={left}
            x2={right}
            y1={yOf(last, scale, height)}
            y2={yOf(last, scale, height)}
            stroke={color}
            strokeDasharray="1 3"
            strokeWidth={1}
          />
          <AxisLabel
            name="last"
            y={labels.last ?? 0}
            text={formatValue(last)}
            fill={color}
            ink="var(--surface)"
            width={width}
          />
        </g>
      )}
    </PlotLayer>
  )
})
