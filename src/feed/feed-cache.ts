import type { Query, QueryClient } from '@tanstack/react-query'
import type { PersistQueryClientOptions } from '@tanstack/react-query-persist-client'
import type { FeedCacheStore } from './feed-cache-store'
import { createFeedCachePersister, type FeedCachePersister } from './feed-cache-persister'
import { feedCacheVersion } from './feed-cache-version'

export type { FeedCacheStore }
export { feedCacheKey, feedCacheMaxChars } from './feed-cache-persister'

/**
 * The last feed this browser saw, kept between visits (a real feed only: the demo needs none), so a
 * reload paints at once and a viewer who loses the network keeps the last-known data. One copy per
 * feed URL (feed-cache-persister.ts), discarded when the feed contract or the shape the dashboard
 * stores changes, and never kept above a size cap.
 */

/** A copy older than this is not shown at all. */
export const feedCacheMaxAgeMs = 7 * 24 * 3_600_000

/** Options for PersistQueryClientProvider: only this feed's successful answers are kept. */
export function feedCacheOptions(
  feedBaseUrl: string,
  store?: FeedCacheStore,
): Omit<PersistQueryClientOptions, 'queryClient'> & { persister: FeedCachePersister } {
  return {
    persister: createFeedCachePersister(feedBaseUrl, store),
    buster: feedCacheVersion,
    maxAge: feedCacheMaxAgeMs,
    dehydrateOptions: {
      shouldDehydrateQuery: (query) =>
        query.state.status === 'success' &&
        query.queryKey[0] === 'feed' &&
        query.queryKey[1] === feedBaseUrl,
    },
  }
}

// Which answers on screen came from the cache, not from the feed in this visit: a query restored
// with data of a given time stays "cached" until an answer of its own replaces it.
const restoredAt = new WeakMap<Query, number>()

/**
 * Call once the cache is restored: notes every answer that came from the cache and marks it out of
 * date, so each is asked for again as soon as it is shown, whatever its age. An answer the feed gave
 * in this visit before the cache was read (the start-up asks early: app/prefetch-feed.ts) kept its
 * place and is neither.
 */
export function noteRestoredQueries(queryClient: QueryClient, persister: FeedCachePersister) {
  const times = persister.restored()
  const fromCache = (query: Query) =>
    query.state.dataUpdatedAt > 0 && times.get(query.queryHash) === query.state.dataUpdatedAt
  for (const query of queryClient.getQueryCache().getAll()) {
    if (fromCache(query)) restoredAt.set(query, query.state.dataUpdatedAt)
  }
  void queryClient.invalidateQueries({ predicate: fromCache, refetchType: 'none' })
}

/** Whether the data this query holds is the cached copy from an earlier visit. */
export function isFromCache(query: Query): boolean {
  const at = restoredAt.get(query)
  return at !== undefined && at === query.state.dataUpdatedAt
}
