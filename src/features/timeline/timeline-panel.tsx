import { useQuery } from '@tanstack/react-query'
import { useMemo, type KeyboardEvent } from 'react'
import {
  developmentsQueries,
  indexQueries,
  quotesQueries,
  sessionsQueries,
} from '../../feed/queries'
import { useBenchRenderCount } from '../../hooks/bench-hooks'
import { useChrome } from '../../hooks/chrome-context'
import { useDevelopmentFollowing } from './use-development-following'
import { useFeed } from '../../hooks/use-feed'
import { useSelection, useSelectionHref } from '../../hooks/use-selection'
import { useNow } from '../../hooks/clock-context'
import { useTimelineOrder } from '../../hooks/use-timeline-order'
import { Panel } from '../../components/panel'
import { buildLookups } from './lookups'
import { roundEntriesShown, useTimelineEntries } from './use-timeline-entries'
import { missingSelection, selectionSummary } from './selection-summary'
import { quotesStateOf } from './quotes-state'
import { timelineLists } from './timeline-lists'
import { TimelineEmptyNotes } from './timeline-empty-notes'
import { TimelineActions } from './timeline-actions'
import { useTimelineExport } from './use-timeline-export'
import { TimelineList } from './timeline-list'
import { TimelineLoadState } from './timeline-load-state'
import { useValueAfterPaint } from '../../hooks/use-value-after-paint'
import { TimelineOutlook } from './timeline-issues'
import { TimelineNotices } from './timeline-notices'
import { TimelineRefreshMark } from './timeline-refresh-mark'
import { NewDevelopmentsNote } from './new-developments-note'
import { TimelineRetryNote, useQuotesRetrying } from './timeline-retry-note'
import { useTimelineZones } from './use-timeline-zones'
import { useDeferredQuery } from '../../hooks/use-deferred-query'
import { revealRegion } from '../../hooks/reveal-region'

const none: never[] = []

/**
 * Sessions, developments and quote markers in time order, with what is on the table. With
 * `afterFirstFrame` the list comes a frame after its data, so the page's first layout is split.
 */
export function TimelinePanel({ afterFirstFrame = false }: { afterFirstFrame?: boolean }) {
  useBenchRenderCount('timeline')
  const feed = useFeed()
  const chrome = useChrome()
  const now = useNow(15_000)
  const index = useQuery(indexQueries.detail(feed))
  const sessions = useQuery(sessionsQueries.list(feed))
  const developments = useQuery(developmentsQueries.list(feed))
  const quotes = useDeferredQuery(quotesQueries.list(feed))
  const quotesRetrying = useQuotesRetrying(feed)
  const { selection, selectEvent, selectTopic, clear } = useSelection()
  const hrefFor = useSelectionHref()
  const { seen, isFollowed } = useDevelopmentFollowing(
    developments.data?.developments,
    feed.asOf !== null,
  )

  const lookups = useMemo(() => buildLookups(index.data), [index.data])
  const quoteList = quotes.data?.quotes ?? none
  const quotesState = quotesStateOf(quotes)
  const rounds = index.data?.rounds ?? none
  const [order, setOrder] = useTimelineOrder()
  const lists = timelineLists(sessions, developments)
  const { failed, ready: listsIn } = lists
  // Lists settled (both in, or one failed and the other in); shown, and their entries made, a
  // frame later: made before, they held up the quote wall's first frame.
  const framed = useValueAfterPaint(afterFirstFrame && listsIn, false)
  const staged = !afterFirstFrame || framed
  const { entries, toggleRound, showMore, view } = useTimelineEntries({
    sessions: staged ? lists.sessions : undefined,
    developments: staged ? lists.developments : undefined,
    quotes: quoteList,
    rounds,
    now,
    order,
    selection: selection.event,
  })
  const loaded = {
    sessions: sessions.data?.sessions,
    developments: developments.data?.developments,
    rounds,
  }
  const csv = useTimelineExport({ index: index.data, ...loaded, now, hrefFor })
  const zones = useTimelineZones(lookups, sessions.data?.sessions, rounds, now)
  const quoteHref = (id: string) => hrefFor({ kind: 'quote', id }, '#quotes')
  const openQuote = (id: string) => {
    selectEvent({ kind: 'quote', id })
    revealRegion('quotes')
  }
  const hasSelection = selection.event !== null || selection.topic !== null
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape' && hasSelection) {
      event.preventDefault()
      clear()
    }
  }

  const body = () => {
    if (staged && listsIn && entries) {
      return (
        <>
          <TimelineNotices
            sessions={sessions}
            developments={developments}
            missing={missingSelection(selection, loaded)}
            onClearSelection={() => selectEvent(null)}
            retrySessions={() => void sessions.refetch()}
            retryDevelopments={() => void developments.refetch()}
            quotes={{
              ...quotesState,
              retrying: quotesRetrying,
              retry: () => void quotes.refetch(),
            }}
          />
          <TimelineEmptyNotes
            sessions={sessions.data ?? null}
            developments={developments.data ?? null}
            quotes={quotes.data ?? null}
          />
          {entries.length > 1 && (
            <TimelineList
              entries={entries}
              order={order}
              view={view}
              sessions={lists.sessions ?? none}
              sessionsHeldBack={sessions.data?.heldBack ?? 0}
              rounds={rounds}
              quotes={quoteList}
              quotesState={quotesState}
              failed={failed}
              now={now}
              replayMoment={feed.asOf}
              onToggleRound={toggleRound}
              onShowMore={showMore}
              moreStep={roundEntriesShown * 2}
              lookups={lookups}
              {...zones}
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
    return <TimelineLoadState sessions={sessions} developments={developments} />
  }

  return (
    <Panel
      id="timeline"
      title="Timeline"
      status={<TimelineRefreshMark />}
      actions={
        <TimelineActions
          summary={hasSelection ? selectionSummary(selection, loaded, lookups) : null}
          onClear={clear}
          showControls={chrome.filters}
          order={order}
          onOrder={setOrder}
          csv={csv}
        />
      }
    >
      {/* Arrow keys move between the entries inside (roving focus), handled once for the list. */}
      <div role="presentation" onKeyDown={onKeyDown}>
        <TimelineRetryNote feed={feed} />
        <NewDevelopmentsNote count={seen.count} onMarkAllSeen={seen.markAllSeen}>
          {body()}
        </NewDevelopmentsNote>
        {/* Below the list once it is in, so the list's arrival moves nothing already painted. */}
        {staged && (sessions.data !== undefined || failed.sessions) && (
          <TimelineOutlook
            feed={feed}
            sessions={sessions.data?.sessions ?? null}
            rounds={rounds}
            quotes={quotes.data?.quotes ?? null}
            developments={developments.data?.developments ?? null}
            failed={{ ...failed, quotes: quotesState.failed }}
            lookups={lookups}
            selection={selection}
            onSelectTopic={selectTopic}
            onSelectSession={(id) => selectEvent({ kind: 'session', id })}
            quoteHref={quoteHref}
            onOpenQuote={openQuote}
          />
        )}
      </div>
    </Panel>
  )
}
