import { useMemo } from 'react'
import { useQueries } from '@tanstack/react-query'
import { marketsQueries, type FeedRef } from '../../feed/queries'
import { combineRetrying } from './series-query'

/**
 * The markets list and the series being retried after a failure. Its own subscription, combined to
 * the retrying queries only: a refresh (fetching, then idle) re-renders neither its reader nor the
 * panel.
 */
export function useMarketsRetrying(feed: FeedRef, instrumentIds: readonly string[]) {
  const queries = useMemo(
    // No select: only the fetch status is read, never the data.
    () => [
      { ...marketsQueries.list(feed) },
      ...instrumentIds.map((id) => ({ ...marketsQueries.series(feed, id), select: undefined })),
    ],
    [feed, instrumentIds],
  )
  return useQueries({ queries, combine: combineRetrying })
}
