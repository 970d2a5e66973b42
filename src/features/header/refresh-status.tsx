import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect } from 'react'
import { useRuntime } from '../../hooks/runtime-context'
import { cachedTime } from '../../lib/cached-time'
import { formatDuration, formatViewerClock } from '../../lib/format-time'
import { useFeedHealth } from './use-feed-health'
import { isStale } from './is-stale'
import { usePageVisibility } from './use-page-visibility'
import { isPageShortcut } from '../../lib/page-shortcut'

/**
 * "updated 12 s ago", ticking with the page; a stale warning when the data on screen is older than
 * three refresh intervals (isStale); "cached 09:12, refreshing…" while a copy kept from an earlier visit is
 * on screen, and a warning if the feed cannot replace it; a refresh button, also on the `r` key.
 */
export function RefreshStatus({
  wall,
  showButton = true,
  fillRow = false,
}: {
  wall: number
  showButton?: boolean
  /**
   * In the header's row of controls: the status takes the row's free room, and a warning longer
   * than that is cut (whole in its tooltip) rather than wrapping the row, which would push the
   * whole desk down as the feed goes stale and back up as it recovers.
   */
  fillRow?: boolean
}) {
  const queryClient = useQueryClient()
  const { config } = useRuntime()
  const health = useFeedHealth()
  const visibility = usePageVisibility()
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
  const stale = isStale({
    oldestSuccess: health.oldestSuccess,
    wall,
    refreshSeconds: config.refreshSeconds,
    failing: health.failing,
    visibility,
  })
  const cached = health.cachedSince > 0
  const warning = health.nothingLoaded
    ? 'Nothing loaded from the feed'
    : health.lastSuccess === 0 || (cached && health.failing === 0)
      ? null
      : cached
        ? `Refresh failed: cached copy from ${cachedTime(health.cachedSince, wall)}`
        : stale
          ? `Stale: last update ${formatDuration(oldest)} ago (${formatViewerClock(health.oldestSuccess)})`
          : null
  return (
    <span
      className={fillRow ? 'flex items-center gap-2 sm:flex-1' : 'flex items-center gap-2'}
      data-refresh-status
    >
      {warning !== null ? (
        <span
          className={
            fillRow
              ? 'relative flex min-h-6 min-w-[11rem] items-center justify-end sm:flex-1'
              : 'contents'
          }
        >
          <span
            role="status"
            title={warning}
            className={
              fillRow
                ? 'rounded border border-warn px-1.5 py-0.5 font-semibold text-warn sm:absolute sm:right-0 sm:max-w-full sm:truncate print:static print:max-w-none'
                : 'rounded border border-warn px-1.5 py-0.5 font-semibold text-warn'
            }
          >
            <span aria-hidden="true">⚠ </span>
            {warning}
          </span>
        </span>
      ) : health.lastSuccess === 0 ? (
        <span className={`${slotClass(fillRow)} text-right`} data-loading>
          updating…
        </span>
      ) : cached ? (
        <span
          role="status"
          className={`${slotClass(fillRow)} text-right tabular-nums`}
          title="Saved by this browser on an earlier visit"
        >
          cached {cachedTime(health.cachedSince, wall)}
          {health.fetching ? ', refreshing…' : ''}
        </span>
      ) : (
        <span className={`${slotClass(fillRow)} text-right tabular-nums`}>
          updated {formatDuration(age)} ago
        </span>
      )}
      {showButton && (
        <button
          type="button"
          className="btn shrink-0"
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

/** The room the usual words take ("updated 12 s ago"), all of the row's free room in it. */
const slotClass = (fillRow: boolean) =>
  fillRow ? 'inline-block min-w-[11rem] sm:flex-1' : 'inline-block min-w-[11rem]'
