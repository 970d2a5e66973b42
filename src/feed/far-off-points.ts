/**
 * A point dated far from the rest of its series (a typo such as 2125, or 9999) would stretch every
 * chart's window to centuries. Such points sit at an end of the series, few of them (5 % at most),
 * cut off from the rest by a gap longer than a month, than the rest of the series spans and than ten
 * of its usual steps: they are dropped with a problem that says so, and `npm run feed:check` flags
 * them. A long history (years
 * of daily closes) or a dense recent stretch (a week of one-minute bars beside daily history) has
 * no such gap and keeps every point.
 */
export const farOffDays = 31
const farOffMs = farOffDays * 86_400_000

/** The positions (in `times`) of the far-off times, and the middle of what is kept (for messages). */
export function farOffTimes(times: readonly number[]): { far: Set<number>; median: number | null } {
  const far = new Set<number>()
  if (times.length === 0) return { far, median: null }
  const order = timeOrder(times)
  const at = (k: number) => times[order[k]!]!
  const n = times.length
  const atMost = Math.max(1, Math.floor(n * 0.05))
  let low = 0
  let high = n - 1
  if (n >= 3) {
    // Measured against the core (the series without its candidate ends, so an outlier at one end
    // cannot shelter one at the other) and against the series' own rhythm (ten of its usual steps).
    const coreLow = Math.min(atMost, n - 1)
    const coreHigh = Math.max(n - 1 - atMost, coreLow)
    // A typed array sorts numbers natively: a comparator in plain JS took most of a series' parse.
    const gaps = Float64Array.from({ length: n - 1 }, (_, k) => at(k + 1) - at(k)).sort()
    const usualStep = gaps[Math.floor((gaps.length - 1) / 2)]!
    const limit = Math.max(farOffMs, at(coreHigh) - at(coreLow), 10 * usualStep)
    for (let k = n - 1; k > n - 1 - atMost && k > 0; k -= 1) {
      if (at(k) - at(k - 1) > limit) high = k - 1
    }
    for (let k = 0; k < atMost && k < high; k += 1) {
      if (at(k + 1) - at(k) > limit) low = k + 1
    }
  }
  order.forEach((position, k) => {
    if (k < low || k > high) far.add(position)
  })
  return { far, median: (at(low) + at(high)) / 2 }
}

/** The positions of `times` from earliest to latest: as they are, for a series in time order. */
function timeOrder(times: readonly number[]): number[] {
  const order = times.map((_, i) => i)
  for (let i = 1; i < times.length; i += 1)
    if (times[i]! < times[i - 1]!) return order.sort((a, b) => times[a]! - times[b]!)
  return order
}

export function farOffMessage(t: string, median: number): string {
  const days = Math.abs(Date.parse(t) - median) / 86_400_000
  const years = days / 365.25
  const distance =
    years >= 1
      ? `${Math.round(years)} year${Math.round(years) === 1 ? '' : 's'}`
      : `${Math.round(days)} days`
  return `far-off time ${JSON.stringify(t)}: ${distance} from the series' other points, cut off from them by a gap longer than everything else the series spans; this point is not shown`
}
