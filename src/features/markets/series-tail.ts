import type { SeriesResult } from '../../feed/feed-resources'
import type { Series } from '../../feed/schemas/types'
import { cadenceOf, type Cadence } from '../../lib/cadence'

/** Points enough to tell a series' spacing near its end. */
const tailPoints = 21

/** When a series' last price came, how often its prices come, and that last price. */
export type SeriesTail = {
  lastAt: number
  cadence: Cadence
  lastValue: number
  basis: Series['basis']
}

/**
 * When a series' last price was, how often it comes and what it was, read from its last points
 * only: what the snapshot band needs to say a price is out of date or disagrees with the band's,
 * without preparing the whole series again. A query `select`: module-level, so React Query reuses
 * its answer until the data changes.
 */
export function seriesTail({ series }: SeriesResult): SeriesTail | null {
  const tail = series.points.slice(-tailPoints).map((p) => ({ t: Date.parse(p.t), v: p.v }))
  if (tail.length === 0) return null
  tail.sort((a, b) => a.t - b.t)
  const last = tail.at(-1)!
  return {
    lastAt: last.t,
    cadence: cadenceOf(
      tail.map((p) => p.t),
      series.interval,
    ),
    lastValue: last.v,
    basis: series.basis,
  }
}
