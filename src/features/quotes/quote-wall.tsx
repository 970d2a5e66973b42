import { useQuery } from '@tanstack/react-query'
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react'
import { indexQueries, quotesQueries, sessionsQueries } from '../../feed/queries'
import type { FeedIndex, Quote, Session } from '../../feed/schemas/types'
import { useFeed } from '../../hooks/use-feed'
import { useDisplayZone } from '../../hooks/use-display-zone'
import { setSearchParams, useSearchParam } from '../../hooks/use-search-param'
import { useSelection } from '../../hooks/use-selection'
import { Panel } from '../../components/panel'
import { Skeleton } from '../../components/skeleton'
import { QueryError } from '../../components/query-error'
import { RefreshFailedMark } from '../../components/refresh-failed-mark'
import { DroppedRecordsNote } from '../../components/dropped-records-note'
import { copyText } from '../../lib/copy-text'
import { formatDateTime } from '../../lib/format-time'
import { searchTerms } from '../../lib/normalize-text'
import type { FeedProblem } from '../../feed/parse'
import { QuoteEmptyState } from './quote-empty-state'
import { QuoteFilterBar } from './quote-filter-bar'
import { QuoteList } from './quote-list'
import { buildQuoteRows, filterRowsIncremental, formatCitation, quotedPeople, silentLeads, sortRows, type QuoteRow } from './quote-rows'
import { quoteParams, useQuoteFilters } from './use-quote-filters'
import { SilentLeads } from './silent-leads'

/** Parameters a per-quote link drops: the view it opens is the quote, not the sender's filters. */
const viewParams = [...Object.values(quoteParams), 'session', 'development', 'quote', 'topic', 'person']
const searchWriteDelayMs = 300

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)
}

/**
 * The search box's text: typed into local state at once (the box never waits for the list), written
 * to ?q= after a short pause, and taken from the URL when it changes from outside (back, a link,
 * Clear filters).
 */
function useSearchDraft() {
  const [urlQuery] = useSearchParam(quoteParams.query)
  const [draft, setDraft] = useState(urlQuery ?? '')
  const [seen, setSeen] = useState(urlQuery)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  if (urlQuery !== seen) {
    setSeen(urlQuery)
    setDraft(urlQuery ?? '')
  }
  const change = useCallback((value: string) => {
    setDraft(value)
    clearTimeout(timer.current)
    timer.current = setTimeout(() => setSearchParams({ [quoteParams.query]: value }, { replace: true }), searchWriteDelayMs)
  }, [])
  /** Empties the box and drops a write still waiting (the caller clears ?q=). */
  const reset = useCallback(() => {
    clearTimeout(timer.current)
    setDraft('')
  }, [])
  useEffect(() => () => clearTimeout(timer.current), [])
  return { draft, change, reset }
}

type WallBodyProps = {
  index: FeedIndex
  quotes: readonly Quote[]
  sessions: readonly Session[]
  problems: FeedProblem[]
}

function QuoteWallBody({ index, quotes, sessions, problems }: WallBodyProps) {
  const [zone] = useDisplayZone()
  const { selectEvent } = useSelection()
  const { filters, sort, focusQuoteId, setParam, setTopic, setSession, clearAll } = useQuoteFilters()
  const { draft, change, reset } = useSearchDraft()
  const query = useDeferredValue(draft)
  const searchRef = useRef<HTMLInputElement>(null)
  const [copied, setCopied] = useState<{ id: string; text: string } | null>(null)

  // "/" focuses the search from anywhere on the page that is not a text field.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isEditable(event.target)) return
      event.preventDefault()
      searchRef.current?.focus()
      searchRef.current?.select()
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [])

  // Precomputed once per feed version: resolved people, normalised search text, sorted order.
  const allRows = useMemo(() => buildQuoteRows(quotes, index), [quotes, index])
  const sorted = useMemo(() => sortRows(allRows, sort), [allRows, sort])
  const { side, speaker, tone, topic, session, from, to } = filters
  const rows = useMemo(
    () => filterRowsIncremental(sorted, { query, side, speaker, tone, topic, session, from, to }),
    [sorted, query, side, speaker, tone, topic, session, from, to],
  )
  const terms = useMemo(() => searchTerms(query), [query])
  const quoted = useMemo(() => quotedPeople(quotes), [quotes])
  const leads = useMemo(
    () => silentLeads(sessions, quoted, index, { query, side, speaker, tone, topic, session, from, to }),
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
      void copyText(text).then((ok) => setCopied(ok ? { id: row.quote.id, text } : { id: '', text: '' }))
    },
    [zone],
  )
  useEffect(() => {
    if (!copied) return
    const id = setTimeout(() => setCopied(null), 2500)
    return () => clearTimeout(id)
  }, [copied])

  const onOpenLink = useCallback((row: QuoteRow) => selectEvent({ kind: 'quote', id: row.quote.id }), [selectEvent])
  const linkBase = (() => {
    const params = new URLSearchParams(window.location.search)
    viewParams.forEach((key) => params.delete(key))
    return params.toString()
  })()
  const linkFor = useCallback(
    (id: string) => `${window.location.pathname}?${linkBase ? `${linkBase}&` : ''}quote=${encodeURIComponent(id)}`,
    [linkBase],
  )

  const clear = useCallback(() => {
    reset()
    clearAll()
  }, [reset, clearAll])

  const reasons: string[] = []
  if (query.trim()) reasons.push(`the search “${query.trim()}”`)
  if (side) reasons.push(`side ${index.parties.find((p) => p.id === side)?.shortName ?? side}`)
  if (speaker) reasons.push(`speaker ${people.get(speaker)?.name ?? speaker}`)
  if (topic) reasons.push(`topic ${index.topics.find((t) => t.id === topic)?.label ?? topic}`)
  if (tone) reasons.push(`tone ${tone}`)
  if (session) reasons.push(`session ${sessions.find((s) => s.id === session)?.title ?? session}`)
  if (from !== null) reasons.push(`from ${formatDateTime(from, zone)}`)
  if (to !== null) reasons.push(`to ${formatDateTime(to, zone)}`)

  const linkedHidden = focusQuoteId !== null && !rows.some((r) => r.quote.id === focusQuoteId) && allRows.some((r) => r.quote.id === focusQuoteId)
  const viewKey = JSON.stringify([query, side, speaker, tone, topic, session, from, to, sort])

  return (
    <>
      <DroppedRecordsNote problems={problems} noun="quote" />
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
        onChange={setParam}
        onTopic={setTopic}
        onSession={setSession}
      />
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2 text-xs text-muted">
        <p role="status" aria-live="polite" data-results-for={query}>
          {rows.length.toLocaleString('en-GB')} of {allRows.length.toLocaleString('en-GB')} quote{allRows.length === 1 ? '' : 's'}
        </p>
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
      <SilentLeads leads={leads} />
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
        />
      )}
    </>
  )
}

const noSessions: Session[] = []

export function QuoteWall() {
  const feed = useFeed()
  const index = useQuery(indexQueries.detail(feed))
  const quotes = useQuery(quotesQueries.list(feed))
  // Sessions only add the "no public remarks" rows and the session names: the wall works without them.
  const sessions = useQuery(sessionsQueries.list(feed))

  const body = () => {
    if (quotes.data && index.data) {
      const error = quotes.error ?? index.error
      return (
        <>
          {error && <RefreshFailedMark error={error} lastSuccess={Math.min(quotes.dataUpdatedAt, index.dataUpdatedAt)} />}
          <QuoteWallBody
            index={index.data}
            quotes={quotes.data.quotes}
            sessions={sessions.data?.sessions ?? noSessions}
            problems={quotes.data.problems}
          />
        </>
      )
    }
    const error = quotes.error ?? index.error
    if (error) {
      return (
        <QueryError
          what="the quotes"
          error={error}
          onRetry={() => {
            if (quotes.error) void quotes.refetch()
            if (index.error) void index.refetch()
          }}
        />
      )
    }
    return <Skeleton label="Loading the quotes" rows={8} rowHeight="4.5rem" />
  }

  return (
    <Panel id="quotes" title="Quote wall">
      {body()}
    </Panel>
  )
}
