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

  let minIndex = 0
  let maxIndex = 0
  for (let i = 1; i < n; i++) {
    const v = points[i].v
    if (v < points[minIndex].v) minIndex = i
    if (v > points[maxIndex].v) maxIndex = i
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
        avgT += points[j].t
        avgV += points[j].v
      }
      const count = nextEnd - nextStart
      avgT /= count
      avgV /= count

      const from = Math.floor(i * every) + 1
      const to = Math.floor((i + 1) * every) + 1
      const at = points[a].t
      const av = points[a].v
      let best = from
      let bestArea = -1
      for (let j = from; j < to; j++) {
        const area = Math.abs((at - avgT) * (points[j].v - av) - (at - points[j].t) * (avgV - av))
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
  return lttbIndices(points, threshold).map((i) => points[i])
}
