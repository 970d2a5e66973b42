import {
  developmentsQueries,
  issuesQueries,
  quotesQueries,
  sessionsQueries,
} from '../../feed/queries'
import { useFeed } from '../../hooks/use-feed'
import { useRetryState } from '../../hooks/use-retry-state'
import { isRetryingOverData } from '../../components/retry-note'
import { PanelRefreshMark } from '../../components/panel-refresh-mark'

/**
 * The timeline's "refresh failed" mark, in its header: for the first of its documents whose
 * refresh failed with earlier data on screen (sessions, developments, the quote markers, the open
 * issues), or that is being retried so. A quiet poll redraws nothing.
 */
export function TimelineRefreshMark() {
  const feed = useFeed()
  const lists = useRetryState([
    sessionsQueries.list(feed),
    developmentsQueries.list(feed),
    quotesQueries.list(feed),
    issuesQueries.list(feed),
  ])
  const stale = lists.find((list) => list.error && list.data !== undefined)
  const failure = stale
    ? { error: stale.error, lastSuccess: stale.dataUpdatedAt, failedAt: stale.errorUpdatedAt }
    : null
  return (
    <PanelRefreshMark
      failure={failure}
      retrying={lists.find(isRetryingOverData)}
      panel="Timeline"
    />
  )
}
