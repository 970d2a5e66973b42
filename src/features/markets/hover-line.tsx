import { useHoverTime } from './hover-time'
import { plotInset, xOf } from './plot-frame'
import type { Span } from './series-view'

/** The shared crosshair's vertical line on a chart that has no crosshair layer of its own. */
export function HoverLine({
  domain,
  width,
  height,
}: {
  domain: Span
  width: number
  height: number
}) {
  const t = useHoverTime()
  if (t === null || t < domain[0] || t > domain[1]) return null
  return (
    <div
      data-crosshair=""
      aria-hidden="true"
      className="pointer-events-none absolute z-[1] w-px bg-muted"
      style={{
        left: xOf(t, domain, width),
        top: plotInset.top,
        height: height - plotInset.top - plotInset.bottom,
      }}
    />
  )
}
