import type { Query, QueryClient } from '@tanstack/react-query'
import type {
  PersistedClient,
  Persister,
  PersistQueryClientOptions,
} from '@tanstack/react-query-persist-client'
import { del, get, set } from 'idb-keyval'
import { feedCacheVersion } from './feed-cache-version'

/**
 * The last feed this browser saw, kept between visits (a real feed only: the demo needs none), so a
 * reload paints at once and a viewer who loses the network keeps the last-known data. One entry per
 * feed URL, in IndexedDB (a feed can outgrow localStorage), discarded when the feed contract or the
 * shape the dashboard stores changes, and never kept above a size cap.
 */

/** Larger caches are not kept (characters of JSON, about bytes). */
export const feedCacheMaxChars = 8_000_000
/** A copy older than this is not shown at all. */
export const feedCacheMaxAgeMs = 7 * 24 * 3_600_000
const saveEveryMs = 2_000

export type FeedCacheStore = {
  get: (key: string) => Promise<string | undefined>
  set: (key: string, value: string) => Promise<void>
  del: (key: string) => Promise<void>
}

/** IndexedDB where the browser has it; elsewhere (some private or sandboxed modes) nothing is kept. */
const browserStore: FeedCacheStore =
  typeof indexedDB === 'undefined'
    ? { get: async () => undefined, set: async () => undefined, del: async () => undefined }
    : {
        get: (key) => get<string>(key),
        set: (key, value) => set(key, value),
        del: (key) => del(key),
      }

/** A storage call that fails, at once or later, is a cache miss: never an error on the page. */
async function settle<T>(call: () => Promise<T>): Promise<T | undefined> {
  try {
    return await call()
  } catch {
    return undefined
  }
}

export const feedCacheKey = (feedBaseUrl: string) => `ttm.feed-cache:${feedBaseUrl}`

/** A persister that also says which answers it restored: query hash → the time of that answer. */
export type FeedCachePersister = Persister & { restored: () => ReadonlyMap<string, number> }

/** Saves at most every 2 s (the last state wins), skips saves where no data changed, caps the size. */
export function createFeedCachePersister(
  feedBaseUrl: string,
  store: FeedCacheStore = browserStore,
): FeedCachePersister {
  const key = feedCacheKey(feedBaseUrl)
  let pending: PersistedClient | null = null
  let timer: ReturnType<typeof setTimeout> | null = null
  let lastSignature = ''
  let restored = new Map<string, number>()

  const flush = async () => {
    timer = null
    const client = pending
    pending = null
    if (!client) return
    const signature = client.clientState.queries
      .map((q) => `${q.queryHash}@${q.state.dataUpdatedAt}`)
      .join('|')
    if (signature === lastSignature) return
    lastSignature = signature
    const json = JSON.stringify(client)
    await settle(() => (json.length > feedCacheMaxChars ? store.del(key) : store.set(key, json)))
  }

  return {
    persistClient: (client) => {
      pending = client
      timer ??= setTimeout(() => void flush(), saveEveryMs)
    },
    restoreClient: async () => {
      const json = await settle(() => store.get(key))
      if (json === undefined || json.length > feedCacheMaxChars) return undefined
      try {
        const client = JSON.parse(json) as PersistedClient
        lastSignature = client.clientState.queries
          .map((q) => `${q.queryHash}@${q.state.dataUpdatedAt}`)
          .join('|')
        restored = new Map(
          client.clientState.queries.map((q) => [q.queryHash, q.state.dataUpdatedAt]),
        )
        return client
      } catch {
        return undefined
      }
    },
    removeClient: () => settle(() => store.del(key)).then(() => undefined),
    restored: () => restored,
  }
}

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
