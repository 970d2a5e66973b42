/**
 * A point dated far from the rest of its series (a typo such as 2125, or 9999) would stretch every
 * chart's window to centuries. Such points sit at an end of the series, few of them, cut off from
 * the rest by a gap longer than a month and longer than everything else the series spans: they are
 * dropped with a problem that says so, and `npm run feed:check` flags them. A long history (years
 * of daily closes) or a dense recent stretch (a week of one-minute bars beside daily history) has
 * no such gap and keeps every point.
 */
export const farOffDays = 31
const farOffMs = farOffDays * 86_400_000

/** The positions (in `times`) of the far-off times, and the middle of what is kept (for messages). */
export function farOffTimes(times: readonly number[]): { far: Set<number>; median: number | null } {
  const far = new Set<number>()
  if (times.length === 0) return { far, median: null }
  const order = times.map((_, i) => i).sort((a, b) => times[a]! - times[b]!)
  const at = (k: number) => times[order[k]!]!
  const atMost = Math.max(1, Math.floor(times.length * 0.05))
  let low = 0
  let high = times.length - 1
  // An outlier at one end widens what the other end's gap is measured against: look again until
  // nothing more is cut (twice at most, in practice).
  for (let pass = 0; pass < 4 && times.length >= 3; pass += 1) {
    const before = [low, high]
    // Top end: the lowest k whose gap below cuts off points k..high from everything beneath.
    let cut = high + 1
    for (let k = high; k > high - atMost && k > low + 1; k -= 1) {
      const gap = at(k) - at(k - 1)
      if (gap > farOffMs && gap > at(k - 1) - at(low)) cut = k
    }
    high = cut - 1
    // Bottom end, against what is left.
    cut = low - 1
    for (let k = low; k < low + atMost && k < high - 1; k += 1) {
      const gap = at(k + 1) - at(k)
      if (gap > farOffMs && gap > at(high) - at(k + 1)) cut = k
    }
    low = cut + 1
    if (before[0] === low && before[1] === high) break
  }
  order.forEach((position, k) => {
    if (k < low || k > high) far.add(position)
  })
  return { far, median: (at(low) + at(high)) / 2 }
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
