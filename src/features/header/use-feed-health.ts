import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useRef, useSyncExternalStore } from 'react'
import { isFromCache } from '../../feed/feed-cache'

export type FeedHealth = {
  /** Wall time of the newest successful answer of any resource (0 before the first). */
  lastSuccess: number
  /** Wall time of the oldest last success among resources with data: how stale the page can be. */
  oldestSuccess: number
  /** Resources whose last refresh failed while their earlier data stays on screen. */
  failing: number
  /** Time of the oldest answer on screen that is still the cached copy of an earlier visit (0: none). */
  cachedSince: number
  /** Whether any resource is being fetched while a cached copy is on screen. */
  fetching: boolean
  /** Nothing has loaded, and every resource asked has failed for good (none still being tried). */
  nothingLoaded: boolean
}

const none: FeedHealth = {
  lastSuccess: 0,
  oldestSuccess: 0,
  failing: 0,
  cachedSince: 0,
  fetching: false,
  nothingLoaded: false,
}
const same = (a: FeedHealth, b: FeedHealth) =>
  a.lastSuccess === b.lastSuccess &&
  a.oldestSuccess === b.oldestSuccess &&
  a.failing === b.failing &&
  a.cachedSince === b.cachedSince &&
  a.fetching === b.fetching &&
  a.nothingLoaded === b.nothingLoaded

/**
 * How fresh the feed's data on screen is, across every resource in use; re-renders only when that
 * changes.
 */
export function useFeedHealth(): FeedHealth {
  const queryClient = useQueryClient()
  const last = useRef(none)
  const subscribe = useCallback(
    (listener: () => void) => queryClient.getQueryCache().subscribe(listener),
    [queryClient],
  )
  const snapshot = useCallback(() => {
    let lastSuccess = 0
    let oldestSuccess = Infinity
    let failing = 0
    let cachedSince = Infinity
    let fetching = false
    let pending = false
    let failed = false
    // Only what the page shows now: a resource it no longer asks for (an instrument the feed
    // dropped, a chart closed) is not refreshed, and would otherwise make the page stale forever.
    for (const query of queryClient
      .getQueryCache()
      .findAll({ queryKey: ['feed'], type: 'active' })) {
      const { dataUpdatedAt, status, fetchStatus, errorUpdatedAt } = query.state
      fetching ||= fetchStatus === 'fetching'
      pending ||= status === 'pending'
      failed ||= status === 'error'
      if (dataUpdatedAt === 0) continue
      lastSuccess = Math.max(lastSuccess, dataUpdatedAt)
      oldestSuccess = Math.min(oldestSuccess, dataUpdatedAt)
      if (isFromCache(query)) cachedSince = Math.min(cachedSince, dataUpdatedAt)
      if (status === 'error' || (errorUpdatedAt > dataUpdatedAt && fetchStatus === 'idle'))
        failing += 1
    }
    const next = {
      lastSuccess,
      oldestSuccess: oldestSuccess === Infinity ? 0 : oldestSuccess,
      failing,
      cachedSince: cachedSince === Infinity ? 0 : cachedSince,
      // Only worth a render while a cached copy is on screen ("cached 09:12, refreshing").
      fetching: cachedSince !== Infinity && fetching,
      nothingLoaded: lastSuccess === 0 && failed && !pending,
    }
    const prev = last.current
    if (same(prev, next)) return prev
    last.current = next
    return next
  }, [queryClient])
  return useSyncExternalStore(subscribe, snapshot, () => none)
}
