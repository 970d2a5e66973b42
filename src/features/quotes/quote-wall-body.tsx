import { useCallback, useEffect, useMemo, useRef } from 'react'
import { useValueAfterPaint } from '../../hooks/use-value-after-paint'
import type { FeedIndex, Quote, Session } from '../../feed/schemas/types'
import type { FeedProblem } from '../../feed/parse'
import type { Follows } from '../../hooks/use-follows'
import { useDisplayZone } from '../../hooks/use-display-zone'
import { selectEvent } from '../../hooks/use-selection'
import { useDensity } from '../../hooks/use-density'
import { DroppedRecordsNote } from '../../components/dropped-records-note'
import { markedTerms, searchTerms } from '../../lib/normalize-text'
import { QuoteEmptyState } from './quote-empty-state'
import { QuoteFilterBar } from './quote-filter-bar'
import { QuoteList } from './quote-list'
import { QuoteResultsLine } from './quote-results-line'
import { prepareSearchTextWhenIdle } from './prepare-search-text'
import { buildQuoteRows } from './build-quote-rows'
import { filterRowsIncremental, sortRows, type QuoteRow } from './quote-rows'
import { filterReasons } from './filter-reasons'
import { quotedPeople, silentLeads, unquotedLeads } from './silent-leads-of'
import { useQuoteFilters } from './use-quote-filters'
import { SilentLeads } from './silent-leads'
import { useSearchDraft } from './use-search-draft'
import { useSlashFocus } from './use-slash-focus'
import { useCopiedQuote } from './use-copied-quote'
import { useQuoteLink } from './use-quote-link'
import { useQuoteExport } from './use-quote-export'
import { LinkedQuoteHidden } from './linked-quote-hidden'
import { LinkedQuoteMissing } from './linked-quote-missing'
import { useFilterContext } from './use-filter-context'

type Props = {
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

/** The wall once its data is in: filters, the results line, silent leads and the quote list. */
export function QuoteWallBody({
  index,
  quotes,
  sessions,
  problems,
  newIds,
  follows,
  onToggleFollow,
  showFilters,
  autoHeight,
}: Props) {
  const [zone] = useDisplayZone()
  const {
    filters,
    sort,
    focusQuoteId: urgentFocus,
    setParam,
    setSide,
    setTopic,
    setSession,
    setRound,
    clearAll,
  } = useQuoteFilters()
  const { draft, change, reset } = useSearchDraft()
  const [density] = useDensity()
  // The list filters in the keystroke's own render: one frame sooner than a deferred search, which
  // painted the typed letter first and the rows a frame or two later (bench: long feed, 10k quotes).
  const query = draft
  const searchRef = useRef<HTMLInputElement>(null)
  const { copied, onCopy } = useCopiedQuote(zone)
  const linkFor = useQuoteLink()
  useSlashFocus(searchRef)

  // Precomputed once per feed version: resolved people, sorted order; search text when idle.
  const allRows = useMemo(() => buildQuoteRows(quotes, index, sessions), [quotes, index, sessions])
  useEffect(() => prepareSearchTextWhenIdle(allRows), [allRows])
  const sorted = useMemo(() => sortRows(allRows, sort), [allRows, sort])
  const { side, tone, round, from, to } = filters
  // The page-wide selection changes from the timeline too: there the click paints first, and the
  // rows follow in a render of their own, all together. The filter bar shows the choice at once.
  const urgent = useMemo(
    () => ({
      speaker: filters.speaker,
      topic: filters.topic,
      session: filters.session,
      urgentFocus,
    }),
    [filters.speaker, filters.topic, filters.session, urgentFocus],
  )
  const { speaker, topic, session, urgentFocus: focusQuoteId } = useValueAfterPaint(urgent)
  const wanted = useMemo(
    () => ({ query, side, speaker, tone, topic, round, session, from, to }),
    [query, side, speaker, tone, topic, round, session, from, to],
  )
  const rows = useMemo(() => filterRowsIncremental(sorted, wanted), [sorted, wanted])
  const terms = useMemo(() => markedTerms(searchTerms(query)), [query])
  const quoted = useMemo(() => quotedPeople(quotes), [quotes])
  const unquoted = useMemo(() => unquotedLeads(sessions, quoted, index), [sessions, quoted, index])
  const leads = useMemo(() => silentLeads(unquoted, wanted), [unquoted, wanted])
  const context = useFilterContext({
    index,
    quotes,
    sessions,
    quoted,
    speaker,
    filters,
    sort,
    zone,
  })
  const reasons = filterReasons(query, context)
  const onOpenLink = useCallback(
    (row: QuoteRow) => selectEvent({ kind: 'quote', id: row.quote.id }),
    [],
  )
  const clear = useCallback(() => {
    reset()
    clearAll()
  }, [reset, clearAll])
  // The Clear filters buttons go once the filters are cleared: the focus goes to the search box.
  const clearToSearch = useCallback(() => {
    clear()
    searchRef.current?.focus()
  }, [clear])
  const onToggleSpeaker = useCallback(
    (personId: string) => onToggleFollow('person', personId),
    [onToggleFollow],
  )
  const linkedIn = focusQuoteId !== null && allRows.some((r) => r.quote.id === focusQuoteId)
  const linkedHidden = linkedIn && !rows.some((r) => r.quote.id === focusQuoteId)
  const viewKey = JSON.stringify([wanted, sort])
  const csv = useQuoteExport(rows, index, sessions, linkFor)

  return (
    <>
      <DroppedRecordsNote problems={problems} noun="quote" />
      {showFilters && (
        <QuoteFilterBar
          searchRef={searchRef}
          draft={draft}
          onDraftChange={change}
          {...context}
          onChange={setParam}
          onSide={setSide}
          onTopic={setTopic}
          onSession={setSession}
          onRound={setRound}
          density={density}
        />
      )}
      <QuoteResultsLine
        shown={rows.length}
        total={allRows.length}
        query={query}
        topic={topic ? context.topics.find((t) => t.id === topic) : undefined}
        follows={follows}
        onToggleFollow={onToggleFollow}
        onClear={reasons.length > 0 && rows.length > 0 ? clearToSearch : null}
        filteredBy={reasons}
        filterBarShown={showFilters}
        csv={csv}
      />
      <p aria-live="polite" className="sr-only">
        {copied?.text ? `Copied: ${copied.text}` : copied ? 'Could not copy to the clipboard' : ''}
      </p>
      {linkedHidden && <LinkedQuoteHidden onShow={clear} />}
      {focusQuoteId !== null && !linkedIn && (
        <LinkedQuoteMissing
          id={focusQuoteId}
          unreadable={problems.length > 0}
          onClear={() => selectEvent(null)}
          focusAfter={searchRef}
        />
      )}
      <SilentLeads leads={leads} unreadable={problems.length} read={allRows.length} />
      {rows.length === 0 ? (
        <QuoteEmptyState reasons={reasons} problems={problems} onClear={clearToSearch} />
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
