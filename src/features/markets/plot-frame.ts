import type { Span } from './series-view'
import type { ValueScale } from './value-scale'

/**
 * Where the plot sits in a chart box, in px: the value axis on the right (its last-value label at
 * the edge, as trading screens have it), the time axis below. The event rail lines up with it.
 */
export const plotInset = { left: 8, right: 60, top: 8, bottom: 20 }

/** The x of instant `t` in a chart `width` px wide. */
export function xOf(t: number, domain: Span, width: number): number {
  const span = domain[1] - domain[0]
  const plot = width - plotInset.left - plotInset.right
  return plotInset.left + (span > 0 ? ((t - domain[0]) / span) * plot : 0)
}

/** The instant at `x` px in a chart `width` px wide, kept inside the domain. */
export function timeAt(x: number, domain: Span, width: number): number {
  const plot = Math.max(1, width - plotInset.left - plotInset.right)
  const f = Math.min(1, Math.max(0, (x - plotInset.left) / plot))
  return domain[0] + f * (domain[1] - domain[0])
}

/** The y of value `v` in a chart `height` px tall. */
export function yOf(v: number, scale: ValueScale, height: number): number {
  const [lo, hi] = scale.domain
  const plot = height - plotInset.top - plotInset.bottom
  return plotInset.top + (hi > lo ? (1 - (v - lo) / (hi - lo)) * plot : plot / 2)
}

/** The value at `y` px in a chart `height` px tall. */
export function valueAt(y: number, scale: ValueScale, height: number): number {
  const [lo, hi] = scale.domain
  const plot = Math.max(1, height - plotInset.top - plotInset.bottom)
  return hi - ((y - plotInset.top) / plot) * (hi - lo)
}
