import type { ReactNode } from 'react'

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
      className={`pointer-events-none absolute inset-0${above ? ' z-[1]' : ''}`}
      width={width}
      height={height}
    >
      {children}
    </svg>
  )
}
