import { memo, useCallback, useMemo, useState, type ReactNode } from 'react'
import { useQueries, useQuery } from '@tanstack/react-query'
import {
  developmentsQueries,
  indexQueries,
  marketsQueries,
  quotesQueries,
  sessionsQueries,
  type FeedRef,
} from '../../feed/queries'
import type { Instrument, Round } from '../../feed/schemas/types'
import { useFeed } from '../../hooks/use-feed'
import { useChrome } from '../../hooks/chrome-context'
import { useBenchRenderCount } from '../../hooks/bench-hooks'
import { useDisplayZone } from '../../hooks/use-display-zone'
import { useSelection } from '../../hooks/use-selection'
import { Panel } from '../../components/panel'
import { Skeleton } from '../../components/skeleton'
import { QueryError } from '../../components/query-error'
import { RefreshFailedMark } from '../../components/refresh-failed-mark'
import { DroppedRecordsNote } from '../../components/dropped-records-note'
import { RetryNote } from '../../components/retry-note'
import { collectEvents, findEvent, type MarketEvent } from './market-events'
import { computeReaction } from './reaction'
import { useMarketWindow } from './use-market-window'
import { useUrlParam } from '../../hooks/use-url-param'
import { InstrumentPicker } from './instrument-picker'
import { RebaseSelect, eventKey } from './rebase-select'
import { WindowSelect } from './window-select'
import { seriesCsvRows } from './export-series'
import { groupInstruments, groupName } from './instrument-groups'
import { SnapshotStrip } from './snapshot-strip'
import { snapshotAt } from './snapshot-at'
import { InstrumentCard, cardHeight } from './instrument-card'
import { ReactionTable, reactionCsvRows, type ReactionRow } from './reaction-table'
import { ComparisonChart } from './comparison-chart'
import { useNearViewport, useProgressiveCount } from './use-progressive-count'
import { downloadCsv } from './download'
import { combineRetrying, combineSeries, preparedSeriesOptions } from './series-query'
import type { Band } from './market-chart'

const colorVars = [
  'var(--chart-1)',
  'var(--chart-2)',
  'var(--chart-3)',
  'var(--chart-4)',
  'var(--chart-5)',
  'var(--chart-6)',
]
const noInstruments: readonly Instrument[] = []
const noRounds: readonly Round[] = []

/**
 * "Retrying (n of 3)…" for the markets list and the series. Its own subscription, combined to the
 * retrying queries only: a refresh (fetching, then idle) re-renders neither it nor the panel.
 */
const MarketsRetryNote = memo(function MarketsRetryNote({
  feed,
  instrumentIds,
}: {
  feed: FeedRef
  instrumentIds: readonly string[]
}) {
  const queries = useMemo(
    // No select: the note reads only the fetch status, never the data.
    () => [
      { ...marketsQueries.list(feed) },
      ...instrumentIds.map((id) => ({ ...marketsQueries.series(feed, id), select: undefined })),
    ],
    [feed, instrumentIds],
  )
  const retrying = useQueries({ queries, combine: combineRetrying })
  return <RetryNote queries={retrying} />
})

/**
 * The market reaction panels: snapshot, one chart per instrument, reaction table, comparison.
 * With ?view=snapshot only the strip; with ?view=markets&instrument=x only that instrument.
 * Live or as of the replayed moment (?asof=): series cut there, snapshot figures as of then.
 */
export function MarketsPanel() {
  useBenchRenderCount('markets')
  const { baseUrl, asOf } = useFeed()
  const feed = useMemo(() => ({ baseUrl, asOf }), [baseUrl, asOf])
  const chrome = useChrome()
  const snapshotOnly = chrome.view === 'snapshot'
  const onlyInstrument = chrome.view === 'markets' ? chrome.instrument : null
  const [zone] = useDisplayZone()
  const { selection, selectEvent } = useSelection()
  const markets = useQuery(marketsQueries.list(feed))
  const sessions = useQuery({ ...sessionsQueries.list(feed), enabled: !snapshotOnly })
  const developments = useQuery({ ...developmentsQueries.list(feed), enabled: !snapshotOnly })
  const quotes = useQuery({ ...quotesQueries.list(feed), enabled: !snapshotOnly })
  const index = useQuery({ ...indexQueries.detail(feed), enabled: !snapshotOnly })
  const allInstruments = markets.data?.instruments ?? noInstruments
  const [chosen, setChosen] = useUrlParam('instruments')
  const instruments = useMemo(() => {
    if (onlyInstrument) return allInstruments.filter((i) => i.id === onlyInstrument)
    // Ids the feed no longer lists are ignored; a choice that names none of its instruments shows all.
    const picked = chosen ? allInstruments.filter((i) => chosen.includes(i.id)) : []
    const list = picked.length > 0 ? picked : allInstruments
    // Where the feed groups its instruments, the charts come group by group.
    return list.some((i) => i.group) ? groupInstruments(list).flatMap((g) => g.instruments) : list
  }, [allInstruments, onlyInstrument, chosen])
  const grouped = instruments.some((i) => i.group)
  const instrumentIds = useMemo(() => instruments.map((i) => i.id), [instruments])
  // The snapshot alone needs the series only in replay (its figures as of then come from them).
  const seriesOptions = useMemo(
    () =>
      snapshotOnly && asOf === null
        ? []
        : instrumentIds.map((id) => preparedSeriesOptions(feed, id)),
    [feed, instrumentIds, snapshotOnly, asOf],
  )
  const series = useQueries({ queries: seriesOptions, combine: combineSeries })

  const events = useMemo(
    () =>
      collectEvents(
        sessions.data?.sessions ?? [],
        developments.data?.developments ?? [],
        quotes.data?.quotes ?? [],
        index.data?.people ?? [],
        index.data?.rounds ?? [],
      ),
    [sessions.data, developments.data, quotes.data, index.data],
  )
  const event = findEvent(events, selection.event) ?? null
  const selectedKey = eventKey(selection.event)
  const snapshot = useMemo(() => snapshotAt(instruments, series, asOf), [instruments, series, asOf])

  const marketWindow = useMarketWindow(
    event,
    events,
    series,
    index.data?.rounds ?? noRounds,
    zone,
    asOf,
  )
  const domain = marketWindow.domain

  const reactions = useMemo(
    () =>
      instruments.map((instrument, i) => {
        const prepared = series[i]?.data
        return event && prepared ? computeReaction(instrument, prepared, event.at) : null
      }),
    [instruments, series, event],
  )

  const sessionBands = useMemo<Band[]>(
    () =>
      events
        .filter((e) => e.kind === 'session')
        .map((s) => ({
          from: s.at,
          to: s.end ?? Math.max(s.at, Math.min(domain[1], s.at + 8 * 3_600_000)),
          label: s.label,
        })),
    [events, domain],
  )
  // Charts mount when the region comes near the viewport, one per idle moment: the timeline and
  // quotes paint first, and no single long task mounts them all.
  const [chartsBox, setChartsBox] = useState<HTMLDivElement | null>(null)
  const near = useNearViewport(chartsBox)
  const withComparison = !onlyInstrument
  const chartCount = instruments.length + (withComparison ? 1 : 0)
  const mounted = useProgressiveCount(chartCount, near)
  const comparisonInputs = useMemo(
    () =>
      instruments.map((instrument, i) => ({
        instrument,
        colorVar: colorVars[i % colorVars.length]!,
        series: series[i]?.data,
        reaction: reactions[i] ?? null,
      })),
    [instruments, series, reactions],
  )

  const onSelect = useCallback(
    (next: MarketEvent | null) => selectEvent(next ? { kind: next.kind, id: next.id } : null),
    [selectEvent],
  )
  const reactionRows: ReactionRow[] = instruments.map((instrument, i) => ({
    instrument,
    reaction: reactions[i] ?? null,
    illustrative: series[i]?.data?.illustrative ?? false,
  }))

  const exportSeries = () =>
    downloadCsv(
      'market-series.csv',
      seriesCsvRows(
        instruments.map((instrument, i) => ({
          instrument,
          series: series[i]?.data,
          reaction: reactions[i] ?? null,
        })),
        domain,
      ),
    )

  const controls = chrome.filters && (
    <div className="mb-1 flex flex-wrap items-end gap-2 text-xs">
      <RebaseSelect events={events} selectedKey={selectedKey} zone={zone} onSelect={onSelect} />
      <WindowSelect
        value={marketWindow.value}
        options={marketWindow.options}
        zoomed={marketWindow.zoomed}
        onChoose={marketWindow.choose}
        onResetZoom={marketWindow.resetZoom}
      />
      {allInstruments.length > 1 && (
        <InstrumentPicker instruments={allInstruments} chosen={chosen} onChange={setChosen} />
      )}
      <button
        type="button"
        className="btn"
        onClick={exportSeries}
        disabled={series.every((s) => !s.data)}
      >
        Export series CSV
      </button>
      <button
        type="button"
        className="btn"
        disabled={!event}
        onClick={() =>
          event && downloadCsv('market-reaction.csv', reactionCsvRows(event, reactionRows))
        }
      >
        Export reactions CSV
      </button>
    </div>
  )

  const cards = (
    <div className="@container">
      <div
        ref={setChartsBox}
        aria-busy={mounted < chartCount}
        className={`mt-1 grid grid-cols-1 gap-2 ${onlyInstrument ? '' : '@sm:grid-cols-2 @[50rem]:grid-cols-3 @[120rem]:grid-cols-6'}`}
      >
        {instruments.map((instrument, i) => [
          grouped && (i === 0 || groupName(instrument) !== groupName(instruments[i - 1]!)) && (
            <h3
              key={`group:${groupName(instrument)}`}
              className="col-span-full mt-1 text-xs font-semibold tracking-wide text-muted uppercase"
            >
              {groupName(instrument)}
            </h3>
          ),
          i < mounted ? (
            <InstrumentCard
              key={instrument.id}
              instrument={snapshot[i]?.instrument ?? instrument}
              colorVar={colorVars[i % colorVars.length]!}
              series={series[i]!}
              domain={domain}
              zone={zone}
              event={event}
              reaction={reactions[i] ?? null}
              events={events}
              sessionBands={sessionBands}
              selectedKey={selectedKey}
              onSelectEvent={onSelect}
              onZoom={chrome.filters ? marketWindow.zoomTo : undefined}
              onResetZoom={marketWindow.zoomed ? marketWindow.resetZoom : undefined}
            />
          ) : (
            <div
              key={instrument.id}
              className="rounded border border-line p-2"
              style={{ minHeight: cardHeight }}
            >
              <Skeleton
                label={`Loading the ${instrument.shortName} chart`}
                rows={1}
                rowHeight={`${cardHeight - 20}px`}
              />
            </div>
          ),
        ])}
      </div>
    </div>
  )

  const content = (): ReactNode => {
    if (snapshotOnly) return <SnapshotStrip items={snapshot} zone={zone} />
    if (onlyInstrument) {
      return (
        <>
          <SnapshotStrip items={snapshot} zone={zone} />
          {cards}
        </>
      )
    }
    return (
      <>
        {controls}
        <SnapshotStrip items={snapshot} zone={zone} />
        {/* The charts first: on a desk screen two of them must be in view without scrolling. */}
        {cards}
        <div className="mt-2">
          {event ? (
            <ReactionTable event={event} rows={reactionRows} zone={zone} />
          ) : (
            <p className="text-xs text-muted">
              Choose a session, development or quote (here, on the timeline or on a chart's markers)
              to rebase every panel to 0% at that moment and see each instrument's reaction.
            </p>
          )}
        </div>
        <div className="mt-2">
          {mounted > instruments.length ? (
            <ComparisonChart
              inputs={comparisonInputs}
              event={event}
              domain={domain}
              zone={zone}
              onZoom={chrome.filters ? marketWindow.zoomTo : undefined}
              onResetZoom={marketWindow.zoomed ? marketWindow.resetZoom : undefined}
            />
          ) : (
            <div className="rounded border border-line" style={{ minHeight: 290 }} />
          )}
        </div>
      </>
    )
  }

  const body = () => {
    if (markets.data && allInstruments.length === 0) {
      return <p className="text-sm text-muted">The feed lists no market instruments.</p>
    }
    if (markets.data && onlyInstrument && instruments.length === 0) {
      return <p className="text-sm text-muted">The feed lists no instrument “{onlyInstrument}”.</p>
    }
    if (markets.data) {
      return (
        <>
          {markets.error && (
            <RefreshFailedMark error={markets.error} lastSuccess={markets.dataUpdatedAt} />
          )}
          <DroppedRecordsNote problems={markets.data.problems} noun="instrument" />
          {content()}
        </>
      )
    }
    if (markets.error)
      return (
        <QueryError
          what="the markets"
          error={markets.error}
          onRetry={() => void markets.refetch()}
        />
      )
    return <Skeleton label="Loading the markets" rows={snapshotOnly ? 2 : 6} />
  }

  return (
    <Panel id="markets" title="Market reaction">
      <MarketsRetryNote feed={feed} instrumentIds={instrumentIds} />
      {body()}
    </Panel>
  )
}
