import type { QueryClient } from '@tanstack/react-query'

/**
 * The time of the oldest answer the page shows from this feed (its active queries), or null while
 * one is on its way or its last attempt failed.
 */
export function oldestFeedAnswer(client: QueryClient, feedBaseUrl: string): number | null {
  let oldest = Infinity
  for (const query of client.getQueryCache().findAll({
    queryKey: ['feed', feedBaseUrl],
    type: 'active',
  })) {
    const { status, fetchStatus } = query.state
    if (status === 'error' || (status === 'pending' && fetchStatus !== 'idle')) return null
    if (status !== 'success') continue // not asked for (a query that waits for another)
    oldest = Math.min(oldest, query.state.dataUpdatedAt)
  }
  return oldest === Infinity ? null : oldest
}
