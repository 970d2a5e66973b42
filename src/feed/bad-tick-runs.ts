/**
 * Where a series has bad ticks: a point, or a run of points, far from the line on both sides of
 * it, which comes back (a bad tick comes back; a jump on news stays at its new level). "Far" is the
 * scale's: 10 times (or a tenth of) a price, 1 percentage point (100 bp) from a yield or rate.
 */

/** Where `v` is against `from`: 1 far above it, -1 far below it, 0 in line with it. */
export type Far = (v: number, from: number) => -1 | 0 | 1

/** A point this many times (or this fraction of) both its neighbours is a bad tick. */
export const badTickFactor = 10
/** A yield or rate this many percentage points from both its neighbours is a bad tick. */
export const badTickPoints = 1

/** Prices, by ratio. A point at or below zero is far below any price above it. */
export const farByRatio: Far = (v, from) => {
  if (v <= 0 || from <= 0) return v > 0 ? 1 : from > 0 ? -1 : 0
  if (v >= badTickFactor * from) return 1
  if (v * badTickFactor <= from) return -1
  return 0
}

// 1e-9 leaves the difference's float noise out: 5.1 - 4.1 is one percentage point.
const slack = 1e-9

/** Yields and rates, in percentage points: their moves are read in basis points. */
export const farByPoints: Far = (v, from) => {
  if (v - from >= badTickPoints - slack) return 1
  if (from - v >= badTickPoints - slack) return -1
  return 0
}

/** Bad points from..to (inclusive), with the points either side: before..after. */
export type BadRun = { from: number; to: number; before: number[]; after: number[] }

/**
 * The longest run of bad points looked for: 5 % of the series, at least 3 and at most 100 (an
 * hour and a half of minute bars; the bound keeps the check quick on any series).
 */
export const longestBadRun = (points: number) =>
  Math.min(100, Math.max(3, Math.floor(points * 0.05)))

/** The first point, alone far from the next two, which agree. */
function badFirst(values: readonly number[], far: Far): BadRun | null {
  const [first, second, third] = values as [number, number, number]
  const side = far(first, second)
  if (side === 0 || far(first, third) !== side || far(third, second) !== 0) return null
  return { from: 0, to: 0, before: [], after: [1, 2] }
}

/** The last point, alone far from the two good points before it, which agree. */
function badLast(values: readonly number[], far: Far, bad: (i: number) => boolean): BadRun | null {
  const last = values.length - 1
  const good: number[] = []
  for (let i = last - 1; i >= 0 && good.length < 2; i -= 1) if (!bad(i)) good.unshift(i)
  const [a, b] = good
  if (a === undefined || b === undefined) return null
  const side = far(values[last]!, values[b]!)
  if (side === 0 || far(values[last]!, values[a]!) !== side || far(values[a]!, values[b]!) !== 0)
    return null
  return { from: last, to: last, before: [a, b], after: [] }
}

/**
 * The bad runs of `values` in order. Inside the series, a run is up to `longestBadRun` points,
 * each far from the last good point before it and from the first after it, on the same side of
 * both, where the point after is in line with the one before: the line comes back. A move that
 * does not come back is a new level. At the ends, where a tick cannot be seen to come back, only a
 * lone first or last point far from the two points beside it, which agree: the first point only
 * when the line does not come back to it.
 */
export function badTickRuns(values: readonly number[], far: Far): BadRun[] {
  const n = values.length
  if (n < 3) return []
  const longest = longestBadRun(n)
  const runs: BadRun[] = []
  let good = 0
  for (let i = 1; i < n - 1; i += 1) {
    const from = values[good]!
    if (far(values[i]!, from) === 0) {
      good = i
      continue
    }
    // The first point back in line with the one before, if the line comes back soon enough.
    let back = i + 1
    while (back < n && back - i <= longest && far(values[back]!, from) !== 0) back += 1
    const to = back < n && back - i <= longest ? values[back]! : null
    if (to !== null && values.slice(i, back).every((v) => far(v, to) === far(v, from))) {
      runs.push({ from: i, to: back - 1, before: [good], after: [back] })
      good = back
      i = back
      continue
    }
    // A move that stays: the new level is the line, unless the line never was at the first point.
    const first = i === 1 ? badFirst(values, far) : null
    if (first) runs.push(first)
    good = i
  }
  const last = badLast(values, far, (i) => runs.some((run) => run.from <= i && i <= run.to))
  if (last) runs.push(last)
  return runs
}
