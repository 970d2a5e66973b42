/**
 * Rebasing a series to a moment: every value becomes the % move from the value at that moment.
 * Works for series of levels (6,005.88 points) and for series already given as % change against a
 * reference close (-1.16 means 1.16% below it): the move between two such values is computed
 * through the reference, never by subtracting percentages.
 */

export type Basis = 'level' | 'percent-change'

export type TimedValue = { readonly t: number; readonly v: number }

/**
 * The % move from `from` to `to`, measured against the size of `from`: a level below zero (a
 * spread, an oil future in April 2020) that rises moves up, -37 to -10 is +73%. Null when it
 * cannot be computed (a level of 0).
 */
export function percentMove(from: number, to: number, basis: Basis): number | null {
  const start = basis === 'level' ? from : 100 + from
  const end = basis === 'level' ? to : 100 + to
  if (start === 0 || !Number.isFinite(start) || !Number.isFinite(end)) return null
  return ((end - start) / Math.abs(start)) * 100
}

/** Every point as a % move from `base` (0 at the base value). */
export function rebaseSeries<P extends TimedValue>(
  points: readonly P[],
  base: number,
  basis: Basis,
): TimedValue[] {
  const out: TimedValue[] = []
  for (const point of points) {
    const move = percentMove(base, point.v, basis)
    if (move !== null) out.push({ t: point.t, v: move })
  }
  return out
}

/** Index of the last point at or before `t`, or -1 (binary search; points in time order). */
export function indexAtOrBefore(points: readonly { readonly t: number }[], t: number): number {
  let lo = 0
  let hi = points.length - 1
  let found = -1
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1
    if (points[mid]!.t <= t) {
      found = mid
      lo = mid + 1
    } else hi = mid - 1
  }
  return found
}

/** Index of the first point at or after `t`, or -1. */
export function indexAtOrAfter(points: readonly { readonly t: number }[], t: number): number {
  const before = indexAtOrBefore(points, t)
  if (before >= 0 && points[before]!.t === t) {
    let i = before
    while (i > 0 && points[i - 1]!.t === t) i--
    return i
  }
  return before + 1 < points.length ? before + 1 : -1
}

/** Index of the point nearest in time to `t` (the earlier on a tie), or -1 when empty. */
export function nearestIndex(points: readonly { readonly t: number }[], t: number): number {
  if (points.length === 0) return -1
  const before = indexAtOrBefore(points, t)
  if (before < 0) return 0
  if (before === points.length - 1) return before
  return t - points[before]!.t <= points[before + 1]!.t - t ? before : before + 1
}
