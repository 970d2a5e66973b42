import type { SeriesResult } from '../../feed/feed-resources'
import type { Series } from '../../feed/schemas/types'
import { cadenceOf, type Cadence } from '../../lib/cadence'
import { latestPoints } from '../../feed/series-times'

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
 * When a series' last price was, how often it comes and what it was, read from its latest points
 * (its times parsed once per series, shared with the chart's): what the snapshot band needs to say
 * a price is out of date or disagrees with the band's. A query `select`: module-level, so React
 * Query reuses its answer until the data changes.
 */
export function seriesTail({ series }: SeriesResult): SeriesTail | null {
  // By time, not by place in the file: a series written newest first ends with its oldest points.
  const tail = latestPoints(series.points, tailPoints)
  const last = tail.at(-1)
  if (last === undefined) return null
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
