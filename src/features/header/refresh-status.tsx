import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect } from 'react'
import { useRuntime } from '../../hooks/runtime-context'
import { cachedTime } from '../../lib/cached-time'
import { formatDuration, formatViewerClock } from '../../lib/format-time'
import { useFeedHealth } from './use-feed-health'
import { isPageShortcut } from '../../lib/page-shortcut'

/**
 * "updated 12 s ago", ticking with the page; a stale warning when the data on screen is older than
 * three refresh intervals; "cached 09:12, refreshing…" while a copy kept from an earlier visit is
 * on screen, and a warning if the feed cannot replace it; a refresh button, also on the `r` key.
 */
export function RefreshStatus({ wall, showButton = true }: { wall: number; showButton?: boolean }) {
  const queryClient = useQueryClient()
  const { config } = useRuntime()
  const health = useFeedHealth()
  const refresh = useCallback(
    () => void queryClient.refetchQueries({ queryKey: ['feed'], type: 'active' }),
    [queryClient],
  )
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isPageShortcut(event, 'r')) return
      event.preventDefault()
      refresh()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [refresh])

  const age = Math.max(0, wall - health.lastSuccess)
  const oldest = Math.max(0, wall - health.oldestSuccess)
  const stale = oldest > config.refreshSeconds * 3000
  const cached = health.cachedSince > 0
  return (
    <span className="flex items-center gap-2" data-refresh-status>
      {health.nothingLoaded ? (
        <span
          role="status"
          className="rounded border border-warn px-1.5 py-0.5 font-semibold text-warn"
        >
          <span aria-hidden="true">⚠ </span>Nothing loaded from the feed
        </span>
      ) : health.lastSuccess === 0 ? (
        <span className="inline-block min-w-[11rem] text-right" data-loading>
          updating…
        </span>
      ) : cached && health.failing === 0 ? (
        <span
          role="status"
          className="inline-block min-w-[11rem] text-right tabular-nums"
          title="Saved by this browser on an earlier visit"
        >
          cached {cachedTime(health.cachedSince, wall)}
          {health.fetching ? ', refreshing…' : ''}
        </span>
      ) : cached ? (
        <span
          role="status"
          className="rounded border border-warn px-1.5 py-0.5 font-semibold text-warn"
        >
          <span aria-hidden="true">⚠ </span>Refresh failed: cached copy from{' '}
          {cachedTime(health.cachedSince, wall)}
        </span>
      ) : stale ? (
        <span
          role="status"
          className="rounded border border-warn px-1.5 py-0.5 font-semibold text-warn"
        >
          <span aria-hidden="true">⚠ </span>Stale: last update {formatDuration(oldest)} ago (
          {formatViewerClock(health.oldestSuccess)})
        </span>
      ) : (
        <span className="inline-block min-w-[11rem] text-right tabular-nums">
          updated {formatDuration(age)} ago
        </span>
      )}
      {showButton && (
        <button
          type="button"
          className="btn"
          onClick={refresh}
          title="Refresh now (r)"
          aria-keyshortcuts="r"
        >
          <span aria-hidden="true">↻</span> Refresh
        </button>
      )}
    </span>
  )
}
