import { formatDateTime } from '../../lib/format-time'
import { indexAtOrBefore } from '../../lib/rebase'
import type { SeriesState } from './series-query'
import type { Span } from './series-view'

/** Whether any series has a price in the window; undefined while one is loading or failed. */
export function anyPriceIn(series: readonly SeriesState[], [from, to]: Span): boolean | undefined {
  let known = true
  for (const { data } of series) {
    if (!data) {
      known = false
      continue
    }
    const i = indexAtOrBefore(data.points, to)
    if (i >= 0 && data.points[i]!.t >= from) return true
  }
  return known ? false : undefined
}

type Props = {
  series: readonly SeriesState[]
  domain: Span
  /** The window's name in the choices ("Last 4 hours"). */
  label: string | null
  /** The latest price of any instrument, up to now. */
  latestAt: number | null | undefined
  zone: string
  now: number
  /** The window it goes back to ("The whole feed"), when it is not the one shown. */
  defaultLabel: string | null
  onDefault?: () => void
}

/**
 * Said once above the charts when not one instrument has a price in the chosen window (a "last
 * hour" left on overnight, an event far from the prices): where the latest one is, and the way
 * back to a window that holds prices. Nothing while a series is loading or failed.
 */
export function EmptyWindowNote({
  series,
  domain,
  label,
  latestAt,
  zone,
  now,
  defaultLabel,
  onDefault,
}: Props) {
  if (latestAt == null || series.length === 0 || anyPriceIn(series, domain) !== false) return null
  const back = defaultLabel?.replace(/^The /, 'the ')
  return (
    <p role="status" className="mb-1 flex flex-wrap items-center gap-2 text-xs text-muted">
      <span>
        No instrument has a price in this window{label ? ` (${label})` : ''}. The latest of any:{' '}
        {formatDateTime(latestAt, zone, undefined, now)}.
      </span>
      {back && onDefault && (
        <button type="button" className="btn print:hidden" onClick={onDefault}>
          Show {back}
        </button>
      )}
    </p>
  )
}
