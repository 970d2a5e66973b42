import { memo } from 'react'
import type { FeedRef } from '../../feed/queries'
import { RetryNote } from '../../components/retry-note'
import { useMarketsRetrying } from './use-markets-retrying'

/**
 * "Retrying (n of 3)…" above one instrument's chart shown alone (?view=markets&instrument=), which
 * has no header line to carry it (the panel's is MarketsRefreshMark).
 */
export const MarketsRetryNote = memo(function MarketsRetryNote({
  feed,
  instrumentIds,
}: {
  feed: FeedRef
  instrumentIds: readonly string[]
}) {
  return <RetryNote queries={useMarketsRetrying(feed, instrumentIds)} />
})
