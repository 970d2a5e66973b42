import { maxRetries } from '../feed/retry-policy'

export type RetryingQuery = {
  failureCount: number
  fetchStatus: string
  isError: boolean
  failureReason?: unknown
  /** No data yet: false while earlier data is on screen (its panel's header says it is retried). */
  isPending?: boolean
}

/** Whether a failed request of the query is being tried again. */
export const isRetrying = (q: RetryingQuery) =>
  q.fetchStatus === 'fetching' && q.failureCount > 0 && !q.isError

/** Retried while its earlier data stays on screen: said in the panel's header (PanelRefreshMark). */
export const isRetryingOverData = (q: RetryingQuery) => isRetrying(q) && q.isPending === false

/** "quotes.json: the feed answered HTTP 500; retrying (2 of 3)…" */
export function retryWords({ failureReason, failureCount }: RetryingQuery): string {
  const reason =
    failureReason instanceof Error && failureReason.message
      ? failureReason.message
      : 'The feed’s last answer could not be used'
  return `${reason}; retrying (${Math.min(failureCount, maxRetries)} of ${maxRetries})…`
}

/**
 * "quotes.json: the feed answered HTTP 500; retrying (2 of 3)…" while a failed request is being
 * tried again: what went wrong as the request found it (an answer, none, or one too slow). Above a
 * panel's content, so pass only the queries with nothing on screen yet (see isRetryingOverData).
 */
export function RetryNote({ queries }: { queries: readonly RetryingQuery[] }) {
  const retrying = queries.find(isRetrying)
  if (!retrying) return null
  return (
    <p role="status" className="mb-2 text-xs text-warn">
      <span aria-hidden="true">↻ </span>
      {retryWords(retrying)}
    </p>
  )
}
