import { memo } from 'react'
import type { FeedRef } from '../../feed/queries'
import type { RefreshFailure } from '../../components/refresh-failed-words'
import { PanelRefreshMark } from '../../components/panel-refresh-mark'
import { useMarketsRetrying } from './use-markets-retrying'

type Props = {
  feed: FeedRef
  instrumentIds: readonly string[]
  /** The markets list on screen that a later refresh failed to replace (null: none). */
  failure: RefreshFailure | null
  panel: string
}

/**
 * The markets' mark in the panel's header line: the list's failed refresh, or the list or a series
 * being retried ("↻ Retrying"). Its coming and going moves none of the cards below.
 */
export const MarketsRefreshMark = memo(function MarketsRefreshMark({
  feed,
  instrumentIds,
  failure,
  panel,
}: Props) {
  const retrying = useMarketsRetrying(feed, instrumentIds)
  return <PanelRefreshMark failure={failure} retrying={retrying[0]} panel={panel} />
})
