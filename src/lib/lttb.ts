/**
 * Largest-triangle-three-buckets downsampling (Steinarsson 2013) for time series, extended to keep
 * the series' minimum and maximum: the first, last, lowest and highest points always survive, so
 * a drawn chart never hides the day's extremes. Points must be in time order; the output is a
 * subsequence of the input (same objects, same order).
 */

export type TimePoint = { readonly t: number; readonly v: number }

/**
 * Indices of the kept points, ascending. Keeps every point when `threshold` is at least the
 * length. Otherwise the result has at most `max(threshold, 4)` indices and always includes the
 * first, the last, one minimum and one maximum.
 */
export function lttbIndices(points: readonly TimePoint[], threshold: number): number[] {
  const n = points.length
  const limit = Math.max(Math.floor(threshold), 4)
  if (n <= limit) return Array.from({ length: n }, (_, i) => i)

  // Plain arrays of numbers: the hot loops below run over every point.
  const ts = new Float64Array(n)
  const vs = new Float64Array(n)
  let minIndex = 0
  let maxIndex = 0
  for (let i = 0; i < n; i++) {
    const point = points[i]!
    ts[i] = point.t
    vs[i] = point.v
    if (point.v < vs[minIndex]!) minIndex = i
    if (point.v > vs[maxIndex]!) maxIndex = i
  }

  // Leave room for the extremes: LTTB picks `buckets` points including the first and the last.
  const buckets = Math.max(limit - 2, 2)
  const kept: number[] = [0]
  if (buckets > 2) {
    const every = (n - 2) / (buckets - 2)
    let a = 0
    for (let i = 0; i < buckets - 2; i++) {
      // The average of the next bucket is the third corner of the triangle.
      const nextStart = Math.floor((i + 1) * every) + 1
      const nextEnd = Math.min(Math.floor((i + 2) * every) + 1, n)
      let avgT = 0
      let avgV = 0
      for (let j = nextStart; j < nextEnd; j++) {
        avgT += ts[j]!
        avgV += vs[j]!
      }
      const count = nextEnd - nextStart
      avgT /= count
      avgV /= count

      const from = Math.floor(i * every) + 1
      const to = Math.floor((i + 1) * every) + 1
      const at = ts[a]!
      const av = vs[a]!
      let best = from
      let bestArea = -1
      for (let j = from; j < to; j++) {
        const area = Math.abs((at - avgT) * (vs[j]! - av) - (at - ts[j]!) * (avgV - av))
        if (area > bestArea) {
          bestArea = area
          best = j
        }
      }
      kept.push(best)
      a = best
    }
  }
  kept.push(n - 1)

  for (const extreme of [minIndex, maxIndex]) {
    if (!kept.includes(extreme)) kept.push(extreme)
  }
  return kept.sort((x, y) => x - y)
}

/** The kept points themselves (see `lttbIndices`). */
export function lttb<P extends TimePoint>(points: readonly P[], threshold: number): P[] {
  return lttbIndices(points, threshold).map((i) => points[i]!)
}
