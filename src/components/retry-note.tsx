import { maxRetries } from '../feed/retry-policy'

type RetryingQuery = { failureCount: number; fetchStatus: string; isError: boolean }

/** Whether a failed request of the query is being tried again. */
export const isRetrying = (q: RetryingQuery) =>
  q.fetchStatus === 'fetching' && q.failureCount > 0 && !q.isError

/** "Retrying (2 of 3)…" while a failed request is being tried again. */
export function RetryNote({ queries }: { queries: readonly RetryingQuery[] }) {
  const retrying = queries.find(isRetrying)
  if (!retrying) return null
  return (
    <p role="status" className="mb-2 text-xs text-warn">
      <span aria-hidden="true">↻ </span>The feed did not answer; retrying (
      {Math.min(retrying.failureCount, maxRetries)} of {maxRetries})…
    </p>
  )
}
