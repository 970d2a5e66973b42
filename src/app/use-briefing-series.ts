import { useQueries, type QueryObserverResult } from '@tanstack/react-query'
import type { SeriesResult } from '../feed/feed-resources'
import { marketsQueries, type FeedRef } from '../feed/queries'
import type { Instrument } from '../feed/schemas/types'

/** useQueries `combine`, module-level: an inline one ran, and was compared deeply, on every render (each second). */
function seriesAndErrors(results: readonly QueryObserverResult<SeriesResult>[]) {
  return results.map((r) => ({ series: r.data?.series, error: r.error }))
}

/** Each instrument's series (as of the moment replayed) or its error, for the briefing's moves. */
export function useBriefingSeries(feed: FeedRef, instruments: readonly Instrument[] | undefined) {
  return useQueries({
    queries: (instruments ?? []).map((instrument) => marketsQueries.series(feed, instrument.id)),
    combine: seriesAndErrors,
  })
}
