import { useDisplayZone } from '../hooks/use-display-zone'
import { cachedTime } from '../lib/cached-time'
import { describeError } from './query-error'

export type RefreshFailure = {
  error: unknown
  /** When the data on screen arrived. */
  lastSuccess: number
  /** When the refresh failed (the query's errorUpdatedAt): data of another day says its date. */
  failedAt?: number
}

/**
 * The words for data kept on screen after a refresh failed: `since`, when that data arrived, in the
 * page's display zone ("09:12:05 BST"); `whole`, "Refresh failed; showing data from 09:12:05 BST."
 * with what went wrong. Null when nothing failed.
 */
export function useRefreshFailedWords(failure: RefreshFailure | null) {
  const [zone] = useDisplayZone()
  if (failure === null) return null
  const { lastSuccess, failedAt = lastSuccess } = failure
  const since = cachedTime(lastSuccess, failedAt, zone, true)
  const reason = describeError(failure.error)
  return { since, reason, whole: `Refresh failed; showing data from ${since}. ${reason}` }
}
