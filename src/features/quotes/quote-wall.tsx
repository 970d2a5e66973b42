import { useQuery } from '@tanstack/react-query'
import { useCallback, useMemo } from 'react'
import { indexQueries, quotesQueries, sessionsQueries, type FeedRef } from '../../feed/queries'
import type { Quote, Session } from '../../feed/schemas/types'
import { useFeed } from '../../hooks/use-feed'
import { useBenchRenderCount } from '../../hooks/bench-hooks'
import { useChrome } from '../../hooks/chrome-context'
import { useBriefWait } from '../../hooks/use-brief-wait'
import { useLiveFollowing } from '../../hooks/use-live-following'
import { useRetryState } from '../../hooks/use-retry-state'
import { isRetryingOverData, RetryNote } from '../../components/retry-note'
import { Panel } from '../../components/panel'
import { Skeleton } from '../../components/skeleton'
import { QueryError } from '../../components/query-error'
import { PanelRefreshMark } from '../../components/panel-refresh-mark'
import { QuoteWallBody } from './quote-wall-body'
import { QuoteWallActions, quoteWallHasActions } from './quote-wall-actions'

const noSessions: Session[] = []
/** How long the wall waits for the sessions' first answer once it is mounted. */
const sessionsWaitMs = 2000
function QuoteRetryNote({ feed }: { feed: Exclude<FeedRef, string> }) {
  const retrying = useRetryState([quotesQueries.list(feed), indexQueries.detail(feed)])
  // Retried with the wall on screen: said in the header (PanelRefreshMark).
  return <RetryNote queries={retrying.filter((query) => query.isPending)} />
}

/**
 * The wall's "refresh failed" mark, in its header: quotes or index on screen that a later refresh
 * failed to replace (or that is being retried so). Redrawn only when a failure comes or goes.
 */
function QuoteWallRefreshMark({ feed }: { feed: Exclude<FeedRef, string> }) {
  const [quotes, index] = useRetryState([quotesQueries.list(feed), indexQueries.detail(feed)])
  const error = quotes!.error ?? index!.error
  const failure =
    error && quotes!.data && index!.data
      ? {
          error,
          lastSuccess: Math.min(quotes!.dataUpdatedAt, index!.dataUpdatedAt),
          failedAt: Math.max(quotes!.errorUpdatedAt, index!.errorUpdatedAt),
        }
      : null
  return (
    <PanelRefreshMark
      failure={failure}
      retrying={[quotes!, index!].find(isRetryingOverData)}
      panel="Quote wall"
    />
  )
}

export function QuoteWall() {
  useBenchRenderCount('quotes')
  const feed = useFeed()
  const chrome = useChrome()
  const indexQuery = useQuery(indexQueries.detail(feed))
  const quotesQuery = useQuery(quotesQueries.list(feed))
  // Sessions only add the "no public remarks" rows and the session names: the wall works without
  // them, but waits a moment for their first answer, or those rows would push the list down.
  const sessionsQuery = useQuery(sessionsQueries.list(feed))
  const awaitingSessions = useBriefWait(
    sessionsQuery.isPending && sessionsQuery.failureCount === 0,
    sessionsWaitMs,
  )

  const people = useMemo(
    () => new Map(indexQuery.data?.people.map((p) => [p.id, p.name]) ?? []),
    [indexQuery.data],
  )
  const describe = useCallback(
    (q: Quote) => ({ title: `New quote: ${people.get(q.personId) ?? q.personId}`, body: q.text }),
    [people],
  )
  const {
    seen,
    following: { follows, toggle },
    notifications,
  } = useLiveFollowing('quote', quotesQuery.data?.quotes, {
    replay: feed.asOf !== null,
    describe,
    regionId: 'quotes',
  })
  const followsAny = follows.people.size + follows.topics.size > 0

  const body = () => {
    if (quotesQuery.data && indexQuery.data && !awaitingSessions) {
      return (
        <QuoteWallBody
          index={indexQuery.data}
          quotes={quotesQuery.data.quotes}
          sessions={sessionsQuery.data?.sessions ?? noSessions}
          problems={quotesQuery.data.problems}
          newIds={seen.newIds}
          follows={follows}
          onToggleFollow={toggle}
          showFilters={chrome.filters}
          autoHeight={chrome.autoHeight}
        />
      )
    }
    const error = quotesQuery.error ?? indexQuery.error
    if (error) {
      return (
        <QueryError
          what="the quotes"
          error={error}
          onRetry={() => {
            if (quotesQuery.error) void quotesQuery.refetch()
            if (indexQuery.error) void indexQuery.refetch()
          }}
        />
      )
    }
    return <Skeleton label="Loading the quotes" rows={8} rowHeight="4.5rem" />
  }

  const actionProps = { seen, followsAny, notifications }
  const actions = quoteWallHasActions(actionProps) ? (
    <QuoteWallActions {...actionProps} />
  ) : undefined

  return (
    <Panel
      id="quotes"
      title="Quote wall"
      actions={actions}
      status={<QuoteWallRefreshMark feed={feed} />}
    >
      <QuoteRetryNote feed={feed} />
      {body()}
    </Panel>
  )
}
