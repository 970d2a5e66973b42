import type { ReactNode } from 'react'

// Whole class names, never built from parts: Tailwind finds the classes it generates by scanning
// the source for them, and "inset-0${...}" does not read as inset-0.
const layerClass = 'pointer-events-none absolute inset-0'
const aboveClass = 'pointer-events-none absolute inset-0 z-[1]'

/** One layer of a chart's plot: an SVG over the whole box, seen but not read or pointed at. */
export function PlotLayer({
  width,
  height,
  above = false,
  children,
}: {
  width: number
  height: number
  /** Over the crosshair layer (the dots at the hovered moment). */
  above?: boolean
  children: ReactNode
}) {
  return (
    <svg
      aria-hidden="true"
      className={above ? aboveClass : layerClass}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
    >
      {children}
    </svg>
  )
}

/**
 * The box a chart's layers are stacked in, drawn at the screen's size. On paper it shrinks to its
 * card, keeping its shape, and every layer is scaled to it (index.css): nothing is measured while
 * printing.
 */
export function PlotBox({
  width,
  height,
  children,
}: {
  width: number
  height: number
  children: ReactNode
}) {
  return (
    <div
      data-plot-box=""
      className="relative"
      style={{ width, height, aspectRatio: `${width} / ${height}` }}
    >
      {children}
    </div>
  )
}
