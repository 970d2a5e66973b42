import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useRef, useSyncExternalStore } from 'react'

export type FeedHealth = {
  /** Wall time of the newest successful answer of any resource (0 before the first). */
  lastSuccess: number
  /** Wall time of the oldest last success among resources with data: how stale the page can be. */
  oldestSuccess: number
  /** Resources whose last refresh failed while their earlier data stays on screen. */
  failing: number
}

const none: FeedHealth = { lastSuccess: 0, oldestSuccess: 0, failing: 0 }

/** How fresh the feed's data on screen is, across every resource; re-renders only when that changes. */
export function useFeedHealth(): FeedHealth {
  const queryClient = useQueryClient()
  const last = useRef(none)
  const subscribe = useCallback((listener: () => void) => queryClient.getQueryCache().subscribe(listener), [queryClient])
  const snapshot = useCallback(() => {
    let lastSuccess = 0
    let oldestSuccess = Infinity
    let failing = 0
    for (const query of queryClient.getQueryCache().findAll({ queryKey: ['feed'] })) {
      const { dataUpdatedAt, status, fetchStatus, errorUpdatedAt } = query.state
      if (dataUpdatedAt === 0) continue
      lastSuccess = Math.max(lastSuccess, dataUpdatedAt)
      oldestSuccess = Math.min(oldestSuccess, dataUpdatedAt)
      if (status === 'error' || (errorUpdatedAt > dataUpdatedAt && fetchStatus === 'idle')) failing += 1
    }
    const next = { lastSuccess, oldestSuccess: oldestSuccess === Infinity ? 0 : oldestSuccess, failing }
    const prev = last.current
    if (prev.lastSuccess === next.lastSuccess && prev.oldestSuccess === next.oldestSuccess && prev.failing === next.failing) return prev
    last.current = next
    return next
  }, [queryClient])
  return useSyncExternalStore(subscribe, snapshot, () => none)
}
