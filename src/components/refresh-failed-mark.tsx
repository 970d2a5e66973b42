import { formatViewerClock } from '../lib/format-time'
import { describeError } from './query-error'

/** Shown over data that stays on screen when a later refresh failed. */
export function RefreshFailedMark({ error, lastSuccess }: { error: unknown; lastSuccess: number }) {
  const time = formatViewerClock(lastSuccess)
  return (
    <p role="status" className="mb-2 rounded border border-warn px-2 py-1 text-xs">
      <span aria-hidden="true">⚠ </span>Refresh failed; showing data from {time}.{' '}
      {describeError(error)}
    </p>
  )
}
