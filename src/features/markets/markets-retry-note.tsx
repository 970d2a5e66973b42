import { memo, useMemo } from 'react'
import { useQueries } from '@tanstack/react-query'
import { marketsQueries, type FeedRef } from '../../feed/queries'
import { RetryNote } from '../../components/retry-note'
import { combineRetrying } from './series-query'

/**
 * "Retrying (n of 3)…" for the markets list and the series. Its own subscription, combined to the
 * retrying queries only: a refresh (fetching, then idle) re-renders neither it nor the panel.
 */
export const MarketsRetryNote = memo(function MarketsRetryNote({
  feed,
  instrumentIds,
}: {
  feed: FeedRef
  instrumentIds: readonly string[]
}) {
  const queries = useMemo(
    // No select: the note reads only the fetch status, never the data.
    () => [
      { ...marketsQueries.list(feed) },
      ...instrumentIds.map((id) => ({ ...marketsQueries.series(feed, id), select: undefined })),
    ],
    [feed, instrumentIds],
  )
  const retrying = useQueries({ queries, combine: combineRetrying })
  return <RetryNote queries={retrying} />
})
