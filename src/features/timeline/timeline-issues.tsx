import { useQuery, type UseQueryResult } from '@tanstack/react-query'
import { issuesQueries, type FeedRef } from '../../feed/queries'
import { DroppedRecordsNote } from '../../components/dropped-records-note'
import { QueryError } from '../../components/query-error'
import { Skeleton } from '../../components/skeleton'
import type { getCollection } from '../../feed/feed-resources'
import type { Development, Quote, Round, Session } from '../../feed/schemas/types'
import type { Selection } from '../../hooks/use-selection'
import type { Lookups } from './lookups'
import { MarketScenarios } from './market-scenarios'
import { OnTheTable } from './on-the-table'
import { noneReadable, noneReadableText } from '../../feed/unreadable-records'

type Props = {
  part: 'issues' | 'scenarios'
  issues: UseQueryResult<Awaited<ReturnType<typeof getCollection<'issues'>>>>
  /** Each list null while not loaded (see `failed`). */
  sessions: readonly Session[] | null
  rounds: readonly Round[]
  quotes: readonly Quote[] | null
  developments: readonly Development[] | null
  /** Whether each list, when null, failed rather than is still coming. */
  failed: { sessions: boolean; quotes: boolean; developments: boolean }
  lookups: Lookups
  selection: Selection
  onSelectTopic: (topicId: string | null) => void
  onSelectSession: (sessionId: string) => void
  quoteHref: (quoteId: string) => string
  onOpenQuote: (quoteId: string) => void
}

/** "On the table" (the open issues) or "What would move markets" (the scenarios), in its states. */
export function TimelineIssues({ part, issues, ...props }: Props) {
  if (issues.data) {
    // An empty list whose records could not be read is not an empty table.
    const unreadable = (list: 'issues' | 'scenarios') => noneReadable(issues.data, list)
    return (
      <>
        {part === 'issues' && (
          <DroppedRecordsNote problems={issues.data.problems} noun="issue or scenario" />
        )}
        {part === 'issues' && unreadable('issues') ? (
          <p className="text-sm text-muted">{noneReadableText('open issues')}</p>
        ) : part === 'scenarios' && unreadable('scenarios') ? (
          <p className="text-sm text-muted">{noneReadableText('scenarios')}</p>
        ) : part === 'issues' ? (
          <OnTheTable
            issues={issues.data.issues}
            sessions={props.sessions}
            rounds={props.rounds}
            quotes={props.quotes}
            developments={props.developments}
            failed={props.failed}
            lookups={props.lookups}
            selectedTopic={props.selection.topic}
            selectedSessionId={
              props.selection.event?.kind === 'session' ? props.selection.event.id : null
            }
            onSelectTopic={props.onSelectTopic}
            onSelectSession={props.onSelectSession}
            quoteHref={props.quoteHref}
            onOpenQuote={props.onOpenQuote}
          />
        ) : (
          <MarketScenarios scenarios={issues.data.scenarios} />
        )}
      </>
    )
  }
  if (issues.error) {
    return part === 'issues' ? (
      <QueryError
        what="the open issues"
        error={issues.error}
        onRetry={() => void issues.refetch()}
      />
    ) : (
      <p className="text-xs text-muted">Not available: the open issues could not be loaded.</p>
    )
  }
  return (
    <Skeleton
      label={part === 'issues' ? 'Loading the open issues' : 'Loading the scenarios'}
      rows={part === 'issues' ? 3 : 2}
      rowHeight="3rem"
    />
  )
}

/** Below the list: "On the table" and "What would move markets", from the feed's issues document. */
export function TimelineOutlook({
  feed,
  ...props
}: Omit<Props, 'part' | 'issues'> & { feed: Exclude<FeedRef, string> }) {
  const issues = useQuery(issuesQueries.list(feed))
  return (
    <>
      <h3 className="mt-4 mb-1 text-sm font-semibold">On the table</h3>
      {feed.asOf !== null && (
        <p className="mb-1 text-xs text-muted">
          As the feed has them now, not as of the replayed moment: the feed does not date them.
        </p>
      )}
      <TimelineIssues part="issues" issues={issues} {...props} />
      <h3 className="mt-4 mb-1 text-sm font-semibold">What would move markets</h3>
      <TimelineIssues part="scenarios" issues={issues} {...props} />
    </>
  )
}
