import { useQueries } from '@tanstack/react-query'

/** A retry starting or ending changes these (and the first data's coming); a plain refresh does not. */
const retryFields: ['failureCount', 'isError', 'isPending'] = [
  'failureCount',
  'isError',
  'isPending',
]

type QueriesList = Parameters<typeof useQueries>[0]['queries']

/**
 * The retry state of a panel's queries (for a RetryNote): subscribes to the same queries the panel
 * reads (pass their query options), but re-renders only when a retry starts or ends, never on a
 * plain refresh.
 */
export function useRetryState(queries: readonly object[]) {
  // Only the subscription changes; each query keeps its own options (key, function, retry policy).
  const observed = queries.map((options) => ({ ...options, notifyOnChangeProps: retryFields }))
  return useQueries({ queries: observed as QueriesList })
}
