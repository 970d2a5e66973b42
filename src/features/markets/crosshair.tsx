// Longer than 200 lines: the crosshair layer's pointer, drag-to-zoom and keyboard paths share one
// snapped position and the plot's geometry; each is a few lines of the same component.
import { useMemo, useState, type KeyboardEvent, type MouseEvent } from 'react'
import { indexAtOrBefore, nearestIndex } from '../../lib/rebase'
import { setHoverTime, useHoverTime } from './hover-time'
import { AxisLabel } from './price-marks'
import { plotInset, timeAt, valueAt, xOf, yOf } from './plot-frame'
import type { ChartRow, Span } from './series-view'
import type { ValueScale } from './value-scale'

type Props = {
  /** "S&P 500": names the chart for assistive technology. */
  label: string
  width: number
  height: number
  domain: Span
  scale: ValueScale
  /** The drawn points (null rows break the line): the crosshair snaps to them. */
  points: readonly ChartRow[]
  color: string
  /** A dot on the line at the moment (off where the chart draws its own, one per line). */
  dot?: boolean
  formatValue: (v: number) => string
  /** What the panel's header says at `t`, for the keyboard (the slider's value text). */
  describe: (t: number | null) => string
  /** Drag across the chart to zoom to a range; double-click to reset. */
  onZoom?: (from: number, to: number) => void
  onResetZoom?: () => void
}

const toMinute = (t: number) => Math.round(t / 60_000) * 60_000

/** Points with a value, for snapping. */
function valued(points: readonly ChartRow[]): { t: number; v: number }[] {
  return points.filter((p): p is { t: number; v: number } => p.v !== null)
}

/**
 * The crosshair every market panel shares: a vertical line at the moment hovered in any panel (the
 * headers show each panel's value then), and in the hovered panel a level line with its value on
 * the axis. Also the keyboard's way in: focus the plot, then arrow keys step point by point (Shift
 * for ten, Home and End), Escape leaves. Drag to zoom, double-click to reset.
 */
export function Crosshair({
  label,
  width,
  height,
  domain,
  scale,
  points,
  color,
  dot = true,
  formatValue,
  describe,
  onZoom,
  onResetZoom,
}: Props) {
  const hovered = useHoverTime()
  const [pointerY, setPointerY] = useState<number | null>(null)
  const [drag, setDrag] = useState<{ from: number; to: number } | null>(null)
  const drawn = useMemo(() => valued(points), [points])
  const span = domain[1] - domain[0]

  const snap = (t: number) => {
    const i = nearestIndex(drawn, t)
    const point = drawn[i]
    // Onto the nearest point when it is close (about 1.5 % of the window), else the moment itself.
    return point && Math.abs(point.t - t) <= span * 0.015 ? point.t : t
  }
  const local = (e: MouseEvent) => {
    const box = e.currentTarget.getBoundingClientRect()
    return { x: e.clientX - box.left, y: e.clientY - box.top }
  }
  const onMouseMove = (e: MouseEvent) => {
    const { x, y } = local(e)
    const t = timeAt(x, domain, width)
    setHoverTime(snap(t))
    setPointerY(y >= plotInset.top && y <= height - plotInset.bottom ? y : null)
    if (drag) setDrag({ ...drag, to: t })
  }
  const onMouseLeave = () => {
    setHoverTime(null)
    setPointerY(null)
    setDrag(null)
  }
  const onMouseDown = (e: MouseEvent) => {
    if (!onZoom || e.button !== 0) return
    const t = timeAt(local(e).x, domain, width)
    setDrag({ from: t, to: t })
  }
  const onMouseUp = () => {
    if (drag && onZoom && drag.from !== drag.to)
      // To whole minutes: a range in a link reads 14:57, not 14:57:55.862.
      onZoom(toMinute(Math.min(drag.from, drag.to)), toMinute(Math.max(drag.from, drag.to)))
    setDrag(null)
  }

  const index = hovered === null ? -1 : indexAtOrBefore(drawn, hovered)
  // No moment hovered, the plot reads its last point (the header's "Last"): the keys start there.
  const current = hovered === null ? drawn.length - 1 : index
  const onKeyDown = (e: KeyboardEvent) => {
    if (drawn.length === 0) return
    const step = e.shiftKey ? 10 : 1
    const moves: Record<string, number> = {
      ArrowLeft: current - step,
      ArrowRight: current + step,
      ArrowDown: current - step,
      ArrowUp: current + step,
      Home: 0,
      End: drawn.length - 1,
    }
    if (e.key === 'Escape') {
      setHoverTime(null)
      return
    }
    const next = moves[e.key]
    if (next === undefined) return
    e.preventDefault()
    setHoverTime(drawn[Math.max(0, Math.min(drawn.length - 1, next))]!.t)
  }

  const inDomain = hovered !== null && hovered >= domain[0] && hovered <= domain[1]
  const x = inDomain ? xOf(hovered, domain, width) : null
  const point = index >= 0 ? drawn[index] : undefined
  // The dot sits on this panel's line at the value in force: the last point at or before the moment.
  const dotY = dot && inDomain && point ? yOf(point.v, scale, height) : null
  const area =
    drag && drag.from !== drag.to
      ? [
          xOf(Math.min(drag.from, drag.to), domain, width),
          xOf(Math.max(drag.from, drag.to), domain, width),
        ]
      : null
  return (
    <div
      role="slider"
      tabIndex={0}
      aria-label={`${label} chart: arrow keys move the crosshair`}
      aria-valuemin={0}
      aria-valuemax={Math.max(0, drawn.length - 1)}
      aria-valuenow={Math.max(0, current)}
      aria-valuetext={describe(hovered)}
      className={`absolute inset-x-0 top-0 outline-offset-2 ${onZoom ? 'cursor-crosshair select-none' : ''}`}
      // The plot without the time axis: the event markers below keep their 24 px target spacing.
      style={{ height: height - plotInset.bottom }}
      onMouseMove={onMouseMove}
      onMouseLeave={onMouseLeave}
      onMouseDown={onMouseDown}
      onMouseUp={onMouseUp}
      onDoubleClick={onResetZoom}
      onKeyDown={onKeyDown}
      onBlur={() => setHoverTime(null)}
    >
      <svg
        className="pointer-events-none overflow-visible"
        width={width}
        height={height - plotInset.bottom}
        aria-hidden="true"
      >
        {area && (
          <rect
            x={area[0]}
            width={area[1]! - area[0]!}
            y={plotInset.top}
            height={height - plotInset.top - plotInset.bottom}
            fill="var(--accent)"
            fillOpacity={0.15}
          />
        )}
        {x !== null && (
          <g data-crosshair="">
            <line
              x1={x}
              x2={x}
              y1={plotInset.top}
              y2={height - plotInset.bottom}
              stroke="var(--muted)"
              strokeWidth={1}
            />
            {dotY !== null && (
              <circle cx={x} cy={dotY} r={3} fill={color} stroke="var(--surface)" strokeWidth={1} />
            )}
          </g>
        )}
        {pointerY !== null && x !== null && (
          <g data-crosshair-level="">
            <line
              x1={plotInset.left}
              x2={width - plotInset.right}
              y1={pointerY}
              y2={pointerY}
              stroke="var(--muted)"
              strokeDasharray="3 3"
              strokeWidth={1}
            />
            <AxisLabel
              name="pointer"
              y={pointerY}
              text={formatValue(valueAt(pointerY, scale, height))}
              fill="var(--ink)"
              ink="var(--surface)"
              width={width}
            />
          </g>
        )}
      </svg>
    </div>
  )
}
