import type { getSeries } from '../../feed/feed-resources'
import { cadenceOf, type Cadence } from '../../lib/cadence'

type SeriesResult = Awaited<ReturnType<typeof getSeries>>

/** Points enough to tell a series' spacing near its end. */
const tailPoints = 21

/** When a series' last price came, and how often its prices come. */
export type SeriesTail = { lastAt: number; cadence: Cadence }

/**
 * When a series' last price was and how often it comes, read from its last points only: what the
 * snapshot band needs to say a price is out of date, without preparing the whole series again.
 * A query `select`: module-level, so React Query reuses its answer until the data changes.
 */
export function seriesTail({ series }: SeriesResult): SeriesTail | null {
  const times = series.points.slice(-tailPoints).map((p) => Date.parse(p.t))
  if (times.length === 0) return null
  times.sort((a, b) => a - b)
  return { lastAt: times.at(-1)!, cadence: cadenceOf(times, series.interval) }
}
