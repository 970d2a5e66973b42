/**
 * feed:check's warning on a bad tick: one price that jumps by a huge factor and comes straight
 * back (a misplaced decimal point, a price in cents among dollars). The page draws it, as it draws
 * every price, and the rest of the line reads flat beside it; the sigma figures leave its moves
 * out (docs/reaction-method.md). Judged only on a series of levels above zero, where a ratio of
 * prices says something: a spread that crosses zero, or % changes, can move by any factor.
 */
import type { FeedFinding } from './check-findings'
import type { Series } from './schemas/types'
import { seriesPath } from './schemas/documents'

/** A point this many times (or this fraction of) both its neighbours is a bad tick. */
export const badTickFactor = 10

const ratio = (factor: number) => String(Number(factor.toPrecision(2)))

/** How the point compares with its neighbours, or null when it is in line with them. */
function jump(before: number, v: number, after: number): string | null {
  if (!(before > 0 && after > 0)) return null
  if (v >= badTickFactor * Math.max(before, after))
    return `${ratio(v / Math.max(before, after))} times the points either side`
  if (v <= 0) return 'at or below zero between the points either side'
  if (v * badTickFactor <= Math.min(before, after))
    return `1/${ratio(Math.min(before, after) / v)} of the points either side`
  return null
}

export function badTickFindings(instrumentId: string, series: Series): FeedFinding[] {
  if (series.basis !== 'level') return []
  const points = series.points
  const ticks: { i: number; words: string }[] = []
  for (let i = 1; i + 1 < points.length; i += 1) {
    const words = jump(points[i - 1]!.v, points[i]!.v, points[i + 1]!.v)
    if (words) ticks.push({ i, words })
  }
  const otherBelowZero = points.some((p, i) => p.v <= 0 && !ticks.some((tick) => tick.i === i))
  const first = ticks[0]
  if (first === undefined || otherBelowZero) return []
  const { i, words } = first
  const more =
    ticks.length > 1 ? ` and ${ticks.length - 1} more point${ticks.length === 2 ? '' : 's'}` : ''
  return [
    {
      severity: 'warning',
      resource: seriesPath(instrumentId),
      path: `$.points[${i}].v`,
      message: `${points[i]!.v} at ${points[i]!.t} is ${words} (${points[i - 1]!.v} and ${points[i + 1]!.v})${more} (expected a price in line with its neighbours: is it a bad tick, a misplaced decimal point or a price in another unit? The chart draws it, and the rest of its line reads flat beside it)`,
    },
  ]
}
