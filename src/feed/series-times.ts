import type { Series } from './schemas/types'

type Points = Series['points']

/** A series' point times, parsed once, in the order of its points; and whether that is time order. */
type Times = { times: Float64Array; sorted: boolean; inOrder: { t: number; v: number }[] | null }

const known = new WeakMap<Points, Times>()

function timesOf(points: Points): Times {
  let entry = known.get(points)
  if (!entry) {
    const times = new Float64Array(points.length)
    let sorted = true
    for (let i = 0; i < points.length; i++) {
      times[i] = Date.parse(points[i]!.t)
      if (i > 0 && !(times[i]! >= times[i - 1]!)) sorted = false
    }
    entry = { times, sorted, inOrder: null }
    known.set(points, entry)
  }
  return entry
}

/** How many of the (time-ordered) times are at or before t. */
function countAtOrBefore(times: Float64Array, t: number): number {
  let low = 0
  let high = times.length
  while (low < high) {
    const mid = (low + high) >>> 1
    if (times[mid]! <= t) low = mid + 1
    else high = mid
  }
  return low
}

/**
 * The points at or before t, in their order. A replay asks at every step, for every instrument: the
 * times are parsed once per series (kept while its points are), and a series in time order (as
 * feed:check requires) is cut by a binary search.
 */
export function pointsAtOrBefore(points: Points, t: number): Points {
  const { times, sorted } = timesOf(points)
  if (sorted) {
    const n = countAtOrBefore(times, t)
    if (n === points.length) return points
    // The cut's times are the first n of the series', and its points in order the first n of
    // theirs: the same objects at every step, neither parsed nor made again.
    const cut = points.slice(0, n)
    known.set(cut, {
      times: times.subarray(0, n),
      sorted,
      inOrder: pointsInOrder(points).slice(0, n),
    })
    return cut
  }
  const kept = points.filter((_, i) => times[i]! <= t)
  return kept.length === points.length ? points : kept
}

/** The latest point at or before t (of points at the same time, the last), or null. */
export function lastPointAtOrBefore(points: Points, t: number): Points[number] | null {
  const { times, sorted } = timesOf(points)
  if (sorted) return points[countAtOrBefore(times, t) - 1] ?? null
  let last = -1
  for (let i = 0; i < points.length; i++)
    if (times[i]! <= t && (last === -1 || times[i]! >= times[last]!)) last = i
  return last === -1 ? null : points[last]!
}

/** The earliest point time, or null for no points. */
export function firstPointTime(points: Points): number | null {
  const { times, sorted } = timesOf(points)
  if (times.length === 0) return null
  if (sorted) return times[0]!
  let least = Infinity
  for (const time of times) if (time < least) least = time
  return Number.isFinite(least) ? least : null
}

/** The points as numbers, in time order (built once per series). */
export function pointsInOrder(points: Points): readonly { t: number; v: number }[] {
  const entry = timesOf(points)
  entry.inOrder ??= points.map((p, i) => ({ t: entry.times[i]!, v: p.v })).sort((a, b) => a.t - b.t)
  return entry.inOrder
}

/** The latest `n` points in time order, as times and values: a slice for a series in time order. */
export function latestPoints(points: Points, n: number): readonly { t: number; v: number }[] {
  const { times, sorted } = timesOf(points)
  if (!sorted) return pointsInOrder(points).slice(-n)
  const from = Math.max(0, points.length - n)
  return points.slice(from).map((p, i) => ({ t: times[from + i]!, v: p.v }))
}
