import { instrumentAsOf } from '../../feed/as-of'
import type { Instrument, Series } from '../../feed/schemas/types'

/** One snapshot figure: the instrument's figures (as of the replayed moment), and why one is missing. */
export type SnapshotItem = { instrument: Instrument; unavailable: string | null }

type SeriesSource = { raw: Series | undefined; error: unknown }

/**
 * The snapshot live (the feed's figures as given) or as of `asOf`, derived from each instrument's
 * series cut at that moment. A series still loading is said so, never shown as "no prices".
 */
export function snapshotAt(
  instruments: readonly Instrument[],
  series: readonly (SeriesSource | undefined)[],
  asOf: number | null,
): SnapshotItem[] {
  return instruments.map((instrument, i) => {
    if (asOf === null) return { instrument, unavailable: null }
    const source = series[i]
    if (source?.raw || source?.error) return instrumentAsOf(instrument, source.raw, asOf)
    const known = Date.parse(instrument.asOf) <= asOf
    return known
      ? { instrument, unavailable: null }
      : {
          instrument: {
            ...instrument,
            last: null,
            change: null,
            changePercent: null,
            asOf: new Date(asOf).toISOString(),
          },
          unavailable: `Loading the ${instrument.shortName} series for the figures as of then`,
        }
  })
}
