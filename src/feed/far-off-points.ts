/**
 * A series is intraday data around a round: a point dated years away (a typo such as 2125, or
 * 9999) would stretch every chart's window to centuries. Points further than this from the
 * series' median time are dropped with a problem that says so; `npm run feed:check` flags them.
 */
export const farOffDays = 31
const farOffMs = farOffDays * 86_400_000

function median(sorted: readonly number[]): number {
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/** The positions (in `times`) of the far-off times, and the median they were measured from. */
export function farOffTimes(times: readonly number[]): { far: Set<number>; median: number | null } {
  if (times.length === 0) return { far: new Set(), median: null }
  const middle = median([...times].sort((a, b) => a - b))
  const far = new Set<number>()
  times.forEach((t, i) => {
    if (Math.abs(t - middle) > farOffMs) far.add(i)
  })
  return { far, median: middle }
}

export function farOffMessage(t: string, median: number): string {
  const years = Math.abs(Date.parse(t) - median) / (365.25 * 86_400_000)
  const distance =
    years >= 1
      ? `${Math.round(years)} year${Math.round(years) === 1 ? '' : 's'}`
      : `${Math.round(Math.abs(Date.parse(t) - median) / 86_400_000)} days`
  return `far-off time ${JSON.stringify(t)}: ${distance} from the series' other points (more than ${farOffDays} days); this point is not shown`
}
