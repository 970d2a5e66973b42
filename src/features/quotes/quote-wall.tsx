import { useQuery } from '@tanstack/react-query'
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react'
import { indexQueries, quotesQueries, sessionsQueries } from '../../feed/queries'
import type { FeedIndex, Quote, Session } from '../../feed/schemas/types'
import { useFeed } from '../../hooks/use-feed'
import type { FeedRef } from '../../feed/queries'
import { useBenchRenderCount } from '../../hooks/bench-hooks'
import { useChrome } from '../../hooks/chrome-context'
import type { Follows } from '../../hooks/use-follows'
import { useLiveFollowing } from '../../hooks/use-live-following'
import { RetryNote } from '../../components/retry-note'
import { useRetryState } from '../../hooks/use-retry-state'
import { useDisplayZone } from '../../hooks/use-display-zone'
import { linkWith, writeParams } from '../../hooks/url-params'
import { selectionParams, useSelection } from '../../hooks/use-selection'
import { Panel } from '../../components/panel'
import { Skeleton } from '../../components/skeleton'
import { QueryError } from '../../components/query-error'
import { RefreshFailedMark } from '../../components/refresh-failed-mark'
import { DroppedRecordsNote } from '../../components/dropped-records-note'
import { copyText } from '../../lib/copy-text'
import { sessionLabel } from '../../feed/session-label'
import { formatDateTime } from '../../lib/format-time'
import { searchTerms } from '../../lib/normalize-text'
import type { FeedProblem } from '../../feed/parse'
import { QuoteEmptyState } from './quote-empty-state'
import { QuoteFilterBar } from './quote-filter-bar'
import { QuoteList } from './quote-list'
import { useDensity } from '../../hooks/use-density'
import {
  buildQuoteRows,
  filterRowsIncremental,
  formatCitation,
  quotedPeople,
  silentLeads,
  sortRows,
  type QuoteRow,
} from './quote-rows'
import { quoteFilterParams, useQuoteFilters } from './use-quote-filters'
import { SilentLeads } from './silent-leads'
import { useSearchDraft } from './use-search-draft'
import { useSlashFocus } from './use-slash-focus'

/** Parameters a per-quote link drops: the view it opens is the quote, not the sender's filters. */
const viewParams = [...quoteFilterParams, ...selectionParams]
type WallBodyProps = {
  index: FeedIndex
  quotes: readonly Quote[]
  sessions: readonly Session[]
  problems: FeedProblem[]
  newIds: ReadonlySet<string>
  follows: Follows
  onToggleFollow: (kind: 'person' | 'topic', id: string) => void
  showFilters: boolean
  autoHeight: boolean
}

function QuoteWallBody({
  index,
  quotes,
  sessions,
  problems,
  newIds,
  follows,
  onToggleFollow,
  showFilters,
  autoHeight,
}: WallBodyProps) {
  const [zone] = useDisplayZone()
  const { selectEvent } = useSelection()
  const { filters, sort, focusQuoteId, setParam, setTopic, setSession, clearAll } =
    useQuoteFilters()
  const { draft, change, reset } = useSearchDraft()
  const [density] = useDensity()
  const query = useDeferredValue(draft)
  const searchRef = useRef<HTMLInputElement>(null)
  const [copied, setCopied] = useState<{ id: string; text: string } | null>(null)

  useSlashFocus(searchRef)

  // Precomputed once per feed version: resolved people, normalised search text, sorted order.
  const allRows = useMemo(() => buildQuoteRows(quotes, index, sessions), [quotes, index, sessions])
  const sorted = useMemo(() => sortRows(allRows, sort), [allRows, sort])
  const { side, speaker, tone, topic, session, from, to } = filters
  const rows = useMemo(
    () => filterRowsIncremental(sorted, { query, side, speaker, tone, topic, session, from, to }),
    [sorted, query, side, speaker, tone, topic, session, from, to],
  )
  const terms = useMemo(() => searchTerms(query), [query])
  const quoted = useMemo(() => quotedPeople(quotes), [quotes])
  const leads = useMemo(
    () =>
      silentLeads(sessions, quoted, index, {
        query,
        side,
        speaker,
        tone,
        topic,
        session,
        from,
        to,
      }),
    [sessions, quoted, index, query, side, speaker, tone, topic, session, from, to],
  )

  const people = useMemo(() => new Map(index.people.map((p) => [p.id, p])), [index])
  const speakers = useMemo(() => {
    const ids = new Set(quotes.map((q) => q.personId))
    return index.people.filter((p) => ids.has(p.id))
  }, [quotes, index])

  const onCopy = useCallback(
    (row: QuoteRow) => {
      const text = formatCitation(row, zone)
      void copyText(text).then((ok) =>
        setCopied(ok ? { id: row.quote.id, text } : { id: '', text: '' }),
      )
    },
    [zone],
  )
  useEffect(() => {
    if (!copied) return
    const id = setTimeout(() => setCopied(null), 2500)
    return () => clearTimeout(id)
  }, [copied])

  const onOpenLink = useCallback(
    (row: QuoteRow) => selectEvent({ kind: 'quote', id: row.quote.id }),
    [selectEvent],
  )
  const linkBase = writeParams(
    new URLSearchParams(window.location.search),
    Object.fromEntries(viewParams.map((key) => [key, null])),
  ).toString()
  const linkFor = useCallback(
    (id: string) => `${window.location.pathname}${linkWith(linkBase, { quote: id })}`,
    [linkBase],
  )

  const clear = useCallback(() => {
    reset()
    clearAll()
  }, [reset, clearAll])
  const onToggleSpeaker = useCallback(
    (personId: string) => onToggleFollow('person', personId),
    [onToggleFollow],
  )
  const topicShown = topic ? index.topics.find((t) => t.id === topic) : undefined

  const reasons: string[] = []
  if (query.trim()) reasons.push(`the search “${query.trim()}”`)
  if (side) reasons.push(`side ${index.parties.find((p) => p.id === side)?.shortName ?? side}`)
  if (speaker) reasons.push(`speaker ${people.get(speaker)?.name ?? speaker}`)
  if (topic) reasons.push(`topic ${index.topics.find((t) => t.id === topic)?.label ?? topic}`)
  if (tone) reasons.push(`tone ${tone}`)
  if (session) {
    const chosen = sessions.find((s) => s.id === session)
    reasons.push(`session ${chosen ? sessionLabel(chosen, index.rounds) : session}`)
  }
  if (from !== null) reasons.push(`from ${formatDateTime(from, zone)}`)
  if (to !== null) reasons.push(`to ${formatDateTime(to, zone)}`)

  const linkedHidden =
    focusQuoteId !== null &&
    !rows.some((r) => r.quote.id === focusQuoteId) &&
    allRows.some((r) => r.quote.id === focusQuoteId)
  const viewKey = JSON.stringify([query, side, speaker, tone, topic, session, from, to, sort])

  return (
    <>
      <DroppedRecordsNote problems={problems} noun="quote" />
      {showFilters && (
        <QuoteFilterBar
          searchRef={searchRef}
          draft={draft}
          onDraftChange={change}
          filters={filters}
          sort={sort}
          zone={zone}
          parties={index.parties}
          speakers={speakers}
          topics={index.topics}
          sessions={sessions}
          rounds={index.rounds}
          onChange={setParam}
          onTopic={setTopic}
          onSession={setSession}
          density={density}
        />
      )}
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2 text-xs text-muted">
        <p role="status" aria-live="polite" data-results-for={query}>
          {rows.length.toLocaleString('en-GB')} of {allRows.length.toLocaleString('en-GB')} quote
          {allRows.length === 1 ? '' : 's'}
        </p>
        {topicShown && (
          <button
            type="button"
            className="btn"
            aria-pressed={follows.topics.has(topicShown.id)}
            aria-label={`Follow the topic ${topicShown.label}`}
            onClick={() => onToggleFollow('topic', topicShown.id)}
          >
            {follows.topics.has(topicShown.id) ? '★ Following' : '☆ Follow'} topic “
            {topicShown.label}”
          </button>
        )}
        {reasons.length > 0 && rows.length > 0 && (
          <button type="button" className="btn" onClick={clear}>
            Clear filters
          </button>
        )}
      </div>
      <p aria-live="polite" className="sr-only">
        {copied?.text ? `Copied: ${copied.text}` : copied ? 'Could not copy to the clipboard' : ''}
      </p>
      {linkedHidden && (
        <p role="status" className="mb-2 rounded border border-warn px-2 py-1 text-xs">
          The linked quote is hidden by the filters.{' '}
          <button type="button" className="btn" onClick={clear}>
            Show it
          </button>
        </p>
      )}
      <SilentLeads leads={leads} unreadable={problems.length} />
      {rows.length === 0 ? (
        <QuoteEmptyState reasons={reasons} onClear={clear} />
      ) : (
        <QuoteList
          rows={rows}
          zone={zone}
          terms={terms}
          viewKey={viewKey}
          linkedQuoteId={focusQuoteId}
          copiedId={copied?.id ?? null}
          linkFor={linkFor}
          onCopy={onCopy}
          onOpenLink={onOpenLink}
          newIds={newIds}
          follows={follows}
          onToggleFollow={onToggleSpeaker}
          autoHeight={autoHeight}
          density={density}
        />
      )}
    </>
  )
}

const noSessions: Session[] = []
function QuoteRetryNote({ feed }: { feed: Exclude<FeedRef, string> }) {
  const retrying = useRetryState([quotesQueries.list(feed), indexQueries.detail(feed)])
  return <RetryNote queries={retrying} />
}

export function QuoteWall() {
  useBenchRenderCount('quotes')
  const feed = useFeed()
  const chrome = useChrome()
  const indexQuery = useQuery(indexQueries.detail(feed))
  const quotesQuery = useQuery(quotesQueries.list(feed))
  // Sessions only add the "no public remarks" rows and the session names: the wall works without them.
  const sessionsQuery = useQuery(sessionsQueries.list(feed))

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
    if (quotesQuery.data && indexQuery.data) {
      const error = quotesQuery.error ?? indexQuery.error
      return (
        <>
          {error && (
            <RefreshFailedMark
              error={error}
              lastSuccess={Math.min(quotesQuery.dataUpdatedAt, indexQuery.dataUpdatedAt)}
            />
          )}
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
        </>
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

  const actions =
    seen.count > 0 || (followsAny && notifications.permission !== 'unsupported') ? (
      <div className="flex flex-wrap items-center gap-2 text-xs">
        {seen.count > 0 && (
          <button
            type="button"
            className="btn"
            onClick={seen.markAllSeen}
            aria-label={`Mark all seen: ${seen.count} new quote${seen.count === 1 ? '' : 's'}`}
          >
            Mark all seen ({seen.count})
          </button>
        )}
        {followsAny && notifications.permission === 'denied' && (
          <span className="text-muted">Notifications are blocked in this browser</span>
        )}
        {followsAny &&
          notifications.permission !== 'unsupported' &&
          notifications.permission !== 'denied' &&
          (notifications.enabled ? (
            <button
              type="button"
              className="btn"
              aria-pressed="true"
              onClick={notifications.disable}
              title="Stop notifying new quotes from people and topics you follow"
            >
              <span aria-hidden="true">🔔 </span>Notifying
            </button>
          ) : (
            <button
              type="button"
              className="btn"
              onClick={() => void notifications.enable()}
              title="A browser notification for each new quote from people and topics you follow"
            >
              <span aria-hidden="true">🔔 </span>Notify me
            </button>
          ))}
      </div>
    ) : undefined

  return (
    <Panel id="quotes" title="Quote wall" actions={actions}>
      <QuoteRetryNote feed={feed} />
      {body()}
    </Panel>
  )
}
