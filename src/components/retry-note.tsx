import { maxRetries } from '../feed/retry-policy'

type RetryingQuery = {
  failureCount: number
  fetchStatus: string
  isError: boolean
  failureReason?: unknown
}

/** Whether a failed request of the query is being tried again. */
export const isRetrying = (q: RetryingQuery) =>
  q.fetchStatus === 'fetching' && q.failureCount > 0 && !q.isError

/**
 * "quotes.json: the feed answered HTTP 500; retrying (2 of 3)…" while a failed request is being
 * tried again: what went wrong as the request found it (an answer, none, or one too slow).
 */
export function RetryNote({ queries }: { queries: readonly RetryingQuery[] }) {
  const retrying = queries.find(isRetrying)
  if (!retrying) return null
  const { failureReason } = retrying
  const reason =
    failureReason instanceof Error && failureReason.message
      ? failureReason.message
      : 'The feed’s last answer could not be used'
  return (
    <p role="status" className="mb-2 text-xs text-warn">
      <span aria-hidden="true">↻ </span>
      {reason}; retrying ({Math.min(retrying.failureCount, maxRetries)} of {maxRetries})…
    </p>
  )
}
