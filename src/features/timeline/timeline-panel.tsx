import { useQuery } from '@tanstack/react-query'
import { useMemo, type KeyboardEvent } from 'react'
import {
  developmentsQueries,
  indexQueries,
  issuesQueries,
  quotesQueries,
  sessionsQueries,
  type FeedRef,
} from '../../feed/queries'
import { useBenchRenderCount } from '../../hooks/bench-hooks'
import { useChrome } from '../../hooks/chrome-context'
import { useLiveFollowing } from '../../hooks/use-live-following'
import type { Development } from '../../feed/schemas/types'
import { RetryNote } from '../../components/retry-note'
import { useRetryState } from '../../hooks/use-retry-state'
import { useFeed } from '../../hooks/use-feed'
import { useDisplayZone, useSecondZone } from '../../hooks/use-display-zone'
import { useSelection } from '../../hooks/use-selection'
import { useNow } from '../../hooks/clock-context'
import { Panel } from '../../components/panel'
import { Skeleton } from '../../components/skeleton'
import { QueryError } from '../../components/query-error'
import { RefreshFailedMark } from '../../components/refresh-failed-mark'
import { DroppedRecordsNote } from '../../components/dropped-records-note'
import { quotePlace } from '../../feed/quote-place'
import type { Quote } from '../../feed/schemas/types'
import { useTimelineOrder } from '../../hooks/use-timeline-order'
import { buildLookups } from './lookups'
import { roundEntriesShown, useTimelineEntries } from './use-timeline-entries'
import { missingSelection, selectionSummary } from './selection-summary'
import type { QuotesState } from './quotes-state'
import { TimelineEmptyNotes } from './timeline-empty-notes'
import { TimelineActions } from './timeline-actions'
import type { Zones } from './timeline-time'
import { TimelineList } from './timeline-list'
import { TimelineIssues } from './timeline-issues'

const noQuotes: never[] = []
const noRounds: never[] = []
const noSessions: never[] = []
const describeDevelopment = (d: Development) => ({ title: `New: ${d.title}`, body: d.summary })
function TimelineRetryNote({ feed }: { feed: Exclude<FeedRef, string> }) {
  const retrying = useRetryState([
    sessionsQueries.list(feed),
    developmentsQueries.list(feed),
    quotesQueries.list(feed),
    issuesQueries.list(feed),
  ])
  return <RetryNote queries={retrying} />
}

export function TimelinePanel() {
  useBenchRenderCount('timeline')
  const feed = useFeed()
  const chrome = useChrome()
  const [displayZone] = useDisplayZone()
  const [secondZone] = useSecondZone()
  const now = useNow(15_000)
  const index = useQuery(indexQueries.detail(feed))
  const sessions = useQuery(sessionsQueries.list(feed))
  const developments = useQuery(developmentsQueries.list(feed))
  const quotes = useQuery(quotesQueries.list(feed))
  const issues = useQuery(issuesQueries.list(feed))
  const { selection, selectEvent, selectTopic, clear, hrefFor } = useSelection()

  const {
    seen,
    following: { isFollowed },
  } = useLiveFollowing('development', developments.data?.developments, {
    replay: feed.asOf !== null,
    describe: describeDevelopment,
    regionId: 'timeline',
  })

  const lookups = useMemo(() => buildLookups(index.data), [index.data])
  const quoteList = quotes.data?.quotes ?? noQuotes
  const quotesState: QuotesState = {
    loaded: quotes.data !== undefined,
    unreadable: quotes.data?.problems.length ?? 0,
  }
  const rounds = index.data?.rounds ?? noRounds
  const [order, setOrder] = useTimelineOrder()
  const { entries, toggleRound, showMore } = useTimelineEntries({
    sessions: sessions.data?.sessions,
    developments: developments.data?.developments,
    quotes: quoteList,
    rounds,
    now,
    order,
    selection: selection.event,
  })
  const zonesFor = (roundId: string): Zones => ({
    display: displayZone,
    venue: lookups.rounds.get(roundId)?.timeZone ?? null,
    second: secondZone,
  })
  const sessionsById = useMemo(
    () => new Map(sessions.data?.sessions.map((s) => [s.id, s])),
    [sessions.data],
  )
  const zonesForQuote = (quote: Quote): Zones => ({
    display: displayZone,
    venue: quotePlace(quote, sessionsById, rounds)?.timeZone ?? null,
    second: secondZone,
    venueIsWhereSaid: true,
  })
  const quoteHref = (id: string) => hrefFor({ kind: 'quote', id }, '#quotes')
  const openQuote = (id: string) => {
    selectEvent({ kind: 'quote', id })
    document.getElementById('quotes')?.scrollIntoView?.({ block: 'nearest' })
  }
  const hasSelection = selection.event !== null || selection.topic !== null
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape' && hasSelection) {
      event.preventDefault()
      clear()
    }
  }

  const loaded = {
    sessions: sessions.data?.sessions,
    developments: developments.data?.developments,
    rounds,
  }
  const body = () => {
    if (sessions.data && developments.data && entries) {
      const missing = missingSelection(selection, loaded)
      return (
        <>
          {sessions.error && (
            <RefreshFailedMark error={sessions.error} lastSuccess={sessions.dataUpdatedAt} />
          )}
          {!sessions.error && developments.error && (
            <RefreshFailedMark
              error={developments.error}
              lastSuccess={developments.dataUpdatedAt}
            />
          )}
          <DroppedRecordsNote problems={sessions.data.problems} noun="session" />
          <DroppedRecordsNote problems={developments.data.problems} noun="development" />
          {missing && (
            <p role="status" className="mb-2 rounded border border-warn px-2 py-1 text-xs">
              The linked {missing} is not in the feed.{' '}
              <button type="button" className="btn" onClick={() => selectEvent(null)}>
                Clear
              </button>
            </p>
          )}
          {quotes.isError && !quotes.data && (
            <p role="alert" className="mb-2 rounded border border-warn px-2 py-1 text-xs">
              Quote markers unavailable: could not load the quotes.{' '}
              <button type="button" className="btn" onClick={() => void quotes.refetch()}>
                Retry
              </button>
            </p>
          )}
          {!quotes.data && !quotes.isError && (
            <p className="mb-2 text-xs text-muted">Loading the quote markers…</p>
          )}
          <TimelineEmptyNotes
            sessions={sessions.data.sessions.length}
            developments={developments.data.developments.length}
            quotes={quotes.data?.quotes.length ?? null}
          />
          {entries.length > 1 && (
            <TimelineList
              entries={entries}
              sessions={sessions.data.sessions}
              rounds={rounds}
              quotes={quoteList}
              quotesState={quotesState}
              now={now}
              onToggleRound={toggleRound}
              onShowMore={showMore}
              moreStep={roundEntriesShown * 2}
              lookups={lookups}
              zonesFor={zonesFor}
              zonesForQuote={zonesForQuote}
              displayZone={displayZone}
              selection={selection}
              onSelect={selectEvent}
              onSelectTopic={selectTopic}
              quoteHref={quoteHref}
              onOpenQuote={openQuote}
              newDevelopmentIds={seen.newIds}
              isFollowed={isFollowed}
              settled={quotes.data !== undefined || quotes.isError}
            />
          )}
        </>
      )
    }
    const error = sessions.error ?? developments.error
    if (error)
      return (
        <QueryError
          what="the timeline"
          error={error}
          onRetry={() => void Promise.all([sessions.refetch(), developments.refetch()])}
        />
      )
    return <Skeleton label="Loading the timeline" rows={10} rowHeight="2.5rem" />
  }

  const issuesProps = {
    issues,
    sessions: sessions.data?.sessions ?? noSessions,
    rounds,
    quotes: quotes.data?.quotes ?? null,
    developments: developments.data?.developments ?? null,
    lookups,
    selection,
    onSelectTopic: selectTopic,
    onSelectSession: (id: string) => selectEvent({ kind: 'session', id }),
    quoteHref,
    onOpenQuote: openQuote,
  }
  return (
    <Panel
      id="timeline"
      title="Timeline"
      actions={
        <TimelineActions
          summary={hasSelection ? selectionSummary(selection, loaded, lookups) : null}
          onClear={clear}
          showControls={chrome.filters}
          order={order}
          onOrder={setOrder}
        />
      }
    >
      {/* Arrow keys move between the entries inside (roving focus), handled once for the list. */}
      <div role="presentation" onKeyDown={onKeyDown}>
        <TimelineRetryNote feed={feed} />
        {seen.count > 0 && (
          <p className="mb-2 flex items-center gap-2 text-xs">
            <span>
              {seen.count} new development{seen.count === 1 ? '' : 's'} since you last looked
            </span>
            <button type="button" className="btn" onClick={seen.markAllSeen}>
              Mark all seen
            </button>
          </p>
        )}
        {body()}
        {/* Below the list once it is in, so the list's arrival moves nothing already painted. */}
        {sessions.data !== undefined && (
          <>
            <h3 className="mt-4 mb-1 text-sm font-semibold">On the table</h3>
            <TimelineIssues part="issues" {...issuesProps} />
            <h3 className="mt-4 mb-1 text-sm font-semibold">What would move markets</h3>
            <TimelineIssues part="scenarios" {...issuesProps} />
          </>
        )}
      </div>
    </Panel>
  )
}
