import { memo } from 'react'
import { plotInset, xOf } from './plot-frame'
import type { Span } from './series-view'
import { PlotLayer } from './plot-layer'

type Props = {
  width: number
  height: number
  domain: Span
  sessionBands: readonly Span[]
  closedBands: readonly Span[]
  /** Instants of the events in the window (the rail's markers): a line each, through the plot. */
  eventTimes: readonly number[]
  /** The chosen event: a stronger line. */
  highlight: number | null
}

/**
 * What lies behind a market line: talks sessions and closed hours as bands, event lines through the
 * plot. One SVG with a path for all the event lines: a handful of nodes however many events.
 */
export const ChartBackdrop = memo(function ChartBackdrop({
  width,
  height,
  domain,
  sessionBands,
  closedBands,
  eventTimes,
  highlight,
}: Props) {
  const top = plotInset.top
  const bottom = height - plotInset.bottom
  const band = ([from, to]: Span) => {
    const x1 = Math.max(plotInset.left, xOf(Math.max(from, domain[0]), domain, width))
    const x2 = Math.min(width - plotInset.right, xOf(Math.min(to, domain[1]), domain, width))
    return x2 > x1 ? { x: x1, width: x2 - x1 } : null
  }
  const rects = (bands: readonly Span[], fill: string, kind: string) =>
    bands.map((span) => {
      const box = band(span)
      return (
        box && (
          <rect
            key={`${kind}${span[0]}`}
            data-band={kind}
            x={box.x}
            y={top}
            width={box.width}
            height={bottom - top}
            fill={fill}
          />
        )
      )
    })
  const lines = eventTimes
    .filter((t) => t >= domain[0] && t <= domain[1])
    .map((t) => `M${xOf(t, domain, width).toFixed(1)} ${top}V${bottom}`)
    .join('')
  return (
    <PlotLayer width={width} height={height}>
      {rects(closedBands, 'var(--closed-band)', 'closed')}
      {rects(sessionBands, 'var(--session-band)', 'session')}
      {lines && (
        <path
          data-event-lines=""
          d={lines}
          stroke="var(--event-line)"
          strokeWidth={1}
          strokeDasharray="2 3"
          fill="none"
        />
      )}
      {highlight !== null && highlight >= domain[0] && highlight <= domain[1] && (
        <line
          x1={xOf(highlight, domain, width)}
          x2={xOf(highlight, domain, width)}
          y1={top}
          y2={bottom}
          stroke="var(--accent)"
          strokeWidth={2}
        />
      )}
    </PlotLayer>
  )
})
