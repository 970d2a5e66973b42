import { describeError } from './query-error'

/** Shown over data that stays on screen when a later refresh failed. */
export function RefreshFailedMark({ error, lastSuccess }: { error: unknown; lastSuccess: number }) {
  const time = new Date(lastSuccess).toLocaleTimeString('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  })
  return (
    <p role="status" className="mb-2 rounded border border-warn px-2 py-1 text-xs">
      <span aria-hidden="true">⚠ </span>Refresh failed; showing data from {time}.{' '}
      {describeError(error)}
    </p>
  )
}
