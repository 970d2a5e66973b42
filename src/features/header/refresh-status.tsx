import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect } from 'react'
import { useRuntime } from '../../hooks/runtime-context'
import { cachedTime } from '../../lib/cached-time'
import { formatDuration } from '../../lib/format-time'
import { useDisplayZone } from '../../hooks/use-display-zone'
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
  const [zone] = useDisplayZone()
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
  const cachedAt = cachedTime(health.cachedSince, wall, zone)
  const staleSince = cachedTime(health.oldestSuccess, wall, zone, true)
  // `brief`: the same news in fewer words, and without the ticking age (said once when read out).
  const warning = health.nothingLoaded
    ? { whole: 'Nothing loaded from the feed', brief: 'Nothing loaded from the feed' }
    : health.lastSuccess === 0 || (cached && health.failing === 0)
      ? null
      : cached
        ? {
            whole: `Refresh failed: cached copy from ${cachedAt}`,
            brief: `Refresh failed · cached ${cachedAt}`,
          }
        : stale
          ? {
              whole: `Stale: last update ${formatDuration(oldest)} ago (${staleSince})`,
              brief: `Stale since ${staleSince}`,
            }
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
              ? 'relative flex min-h-6 min-w-[11rem] items-center justify-end sm:flex-1 sm:@container/status'
              : 'contents'
          }
        >
          <span
            role="status"
            title={warning.whole}
            className={
              fillRow
                ? 'rounded border border-warn px-1.5 py-0.5 font-semibold text-warn sm:absolute sm:right-0 sm:max-w-full sm:truncate print:static print:max-w-none'
                : 'rounded border border-warn px-1.5 py-0.5 font-semibold text-warn'
            }
          >
            <span aria-hidden="true">⚠ </span>
            {warning.brief === warning.whole ? (
              warning.whole
            ) : (
              <>
                <span className="sr-only">{warning.brief}</span>
                {/* In the row of controls, the whole where it has room (and on paper); else the brief. */}
                {fillRow && (
                  <span aria-hidden="true" className={briefClass}>
                    {warning.brief}
                  </span>
                )}
                <span aria-hidden="true" className={fillRow ? wholeClass : undefined}>
                  {warning.whole}
                </span>
              </>
            )}
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
          cached {cachedAt}
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

const briefClass = '@[22rem]/status:hidden print:hidden'
const wholeClass = 'hidden @[22rem]/status:inline print:inline'
