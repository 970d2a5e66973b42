// Longer than 200 lines: the region's three layouts (snapshot alone, one instrument, everything)
// share one set of queries and derived figures (window, events, reactions); each part they draw
// is its own file (controls, cards, reaction section, comparison, refresh mark, link notes).
import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react'
import { useQueries, useQuery } from '@tanstack/react-query'
import { marketsQueries } from '../../feed/queries'
import { hasUnreadable, noInstrumentsText } from '../../feed/unreadable-records'
import type { Instrument } from '../../feed/schemas/types'
import { useFeed } from '../../hooks/use-feed'
import { useChrome } from '../../hooks/chrome-context'
import { useBenchRenderCount } from '../../hooks/bench-hooks'
import { useDisplayZone } from '../../hooks/use-display-zone'
import { useNow } from '../../hooks/clock-context'
import { selectEvent, useSelectedEvent } from '../../hooks/use-selection'
import { Panel } from '../../components/panel'
import { Skeleton } from '../../components/skeleton'
import { QueryError } from '../../components/query-error'
import { RefreshFailedMark } from '../../components/refresh-failed-mark'
import { DroppedRecordsNote } from '../../components/dropped-records-note'
import { findEvent, type MarketEvent } from './market-events'
import { computeReaction, withSeriesStopped } from './reaction'
import { useMarketWindow } from './use-market-window'
import { sessionBandsOf, useMarketEvents } from './use-market-events'
import { eventKey } from './rebase-select'
import { useShownInstruments } from './use-shown-instruments'
import { SnapshotStrip } from './snapshot-strip'
import { snapshotAt } from './snapshot-at'
import { InstrumentCards } from './instrument-cards'
import type { ReactionRow } from './reaction-table'
import { ReactionSection } from './reaction-section'
import { ComparisonChart } from './comparison-chart'
import { MarketsControls } from './markets-controls'
import { PrintedChoices } from './printed-choices'
import { MarketsRetryNote } from './markets-retry-note'
import { MarketsRefreshMark } from './markets-refresh-mark'
import { LinkNotInFeed } from './link-not-in-feed'
import { EmptyWindowNote } from './empty-window-note'
import { ChartOnlyRegion } from './chart-only-region'
import { chartColor, chartDash } from './chart-colors'
import { useMountWhenActive, useNearViewport } from './use-viewport'
import { contentWidth } from '../../hooks/use-element-width'
import { combineSeries, preparedSeriesOptions } from './series-query'
import { useSnapshotSeries } from './use-snapshot-series'

const noInstruments: readonly Instrument[] = []

/**
 * The market reaction panels: snapshot, one chart per instrument, reaction table, comparison.
 * With ?view=snapshot only the strip; with ?view=markets&instrument=x only that instrument's card,
 * without the panel's frame (ChartOnlyRegion), `pageMark` (the page's demo badge) on its title line.
 * Live or as of the replayed moment (?asof=): series cut there, snapshot figures as of then.
 */
export function MarketsPanel({ pageMark = null }: { pageMark?: ReactNode }) {
  useBenchRenderCount('markets')
  const { baseUrl, asOf } = useFeed()
  const feed = useMemo(() => ({ baseUrl, asOf }), [baseUrl, asOf])
  const chrome = useChrome()
  const snapshotOnly = chrome.view === 'snapshot'
  const onlyInstrument = chrome.view === 'markets' ? chrome.instrument : null
  const [zone] = useDisplayZone()
  const selectedEvent = useSelectedEvent()
  const markets = useQuery(marketsQueries.list(feed))
  const { events, rounds, roundsRead } = useMarketEvents(feed, !snapshotOnly)
  const allInstruments = markets.data?.instruments ?? noInstruments
  const { instruments, chosen, absent, setChosen } = useShownInstruments(
    allInstruments,
    onlyInstrument,
  )
  const instrumentIds = useMemo(() => instruments.map((i) => i.id), [instruments])
  // The snapshot alone needs every series only in replay (its figures as of then come from them).
  const seriesOptions = useMemo(
    () =>
      snapshotOnly && asOf === null
        ? []
        : instrumentIds.map((id) => preparedSeriesOptions(feed, id)),
    [feed, instrumentIds, snapshotOnly, asOf],
  )
  const series = useQueries({ queries: seriesOptions, combine: combineSeries })

  const event = findEvent(events, selectedEvent) ?? null
  const selectedKey = eventKey(selectedEvent)
  // The strip alone, live, asks only for the series of instruments whose day change it reads there.
  const stripLive = snapshotOnly && asOf === null
  const stripSeries = useSnapshotSeries(feed, stripLive ? instruments : noInstruments)
  const snapshot = useMemo(
    () => snapshotAt(instruments, stripLive ? stripSeries : series, asOf),
    [instruments, stripLive, stripSeries, series, asOf],
  )

  const marketWindow = useMarketWindow(event, events, series, rounds, roundsRead.status, zone, asOf)
  const domain = marketWindow.domain
  // A session under way is shaded to now: read once a minute, as the window is.
  const now = useNow(60_000)

  const reactionsAtEvent = useMemo(
    () =>
      instruments.map((instrument, i) => {
        const prepared = series[i]?.data
        return event && prepared ? computeReaction(instrument, prepared, event.at) : null
      }),
    [instruments, series, event],
  )
  const reactions = useMemo(
    () => reactionsAtEvent.map((reaction) => reaction && withSeriesStopped(reaction, now)),
    [reactionsAtEvent, now],
  )

  const sessionBands = useMemo(() => sessionBandsOf(events, domain[1], now), [events, domain, now])
  // Charts mount when the region comes near the viewport, after the frame that shows their
  // placeholders: the timeline and quotes paint first.
  const [chartsBox, setChartsBox] = useState<HTMLDivElement | null>(null)
  const near = useNearViewport(chartsBox)
  const comparisonBox = useRef<HTMLDivElement>(null)
  // Each chart is drawn at its placeholder's width in the mounting render (time-sliced), not drawn
  // again in the commit once it has measured itself.
  // One step per card, then the comparison.
  const comparisonShown = instruments.length > 1
  const chartCount = instruments.length + (comparisonShown ? 1 : 0)
  const charts = useMountWhenActive(near, chartCount, () => ({
    card: contentWidth(chartsBox?.querySelector('[data-chart-placeholder]')),
    comparison: contentWidth(comparisonBox.current),
  }))
  const placeholderWidths = charts.measured
  const comparisonInputs = useMemo(
    () =>
      instruments.map((instrument, i) => ({
        instrument,
        colorVar: chartColor(i),
        dash: chartDash(i),
        series: series[i]?.data,
        failed: !series[i]?.data && !!series[i]?.error,
        reaction: reactions[i] ?? null,
      })),
    [instruments, series, reactions],
  )

  const onSelect = useCallback(
    (next: MarketEvent | null) => selectEvent(next ? { kind: next.kind, id: next.id } : null),
    [],
  )
  const reactionRows: ReactionRow[] = instruments.map((instrument, i) => ({
    instrument,
    reaction: reactions[i] ?? null,
    illustrative: series[i]?.data?.illustrative ?? false,
  }))

  const controls = chrome.filters && (
    <MarketsControls
      events={events}
      event={event}
      selectedKey={selectedKey}
      zone={zone}
      onSelect={onSelect}
      marketWindow={marketWindow}
      allInstruments={allInstruments}
      chosen={chosen}
      onChoose={setChosen}
      instruments={instruments}
      series={series}
      reactions={reactions}
      reactionRows={reactionRows}
      domain={domain}
    />
  )

  // Dragging across a chart zooms the window (where the filters show); the charts share it.
  const zoom = {
    onZoom: chrome.filters ? marketWindow.zoomTo : undefined,
    onResetZoom: marketWindow.zoomed ? marketWindow.resetZoom : undefined,
  }
  const cards = (
    <InstrumentCards
      boxRef={setChartsBox}
      instruments={instruments}
      drawnCount={charts.complete ? instruments.length : charts.count}
      initialWidth={placeholderWidths?.card}
      busy={!charts.complete && chartCount > 0}
      single={onlyInstrument !== null}
      snapshot={snapshot}
      series={series}
      reactions={reactions}
      domain={domain}
      zone={zone}
      event={event}
      events={events}
      sessionBands={sessionBands}
      selectedKey={selectedKey}
      onSelectEvent={onSelect}
      pageMark={onlyInstrument ? pageMark : null}
      {...zoom}
    />
  )

  const content = (): ReactNode => {
    if (snapshotOnly) return <SnapshotStrip items={snapshot} zone={zone} whole />
    // One chart embedded alone: the card says its name, last value, day change, illustrative
    // mark and staleness itself; the snapshot strip above it would only repeat them.
    if (onlyInstrument) return cards
    return (
      <>
        {controls}
        <LinkNotInFeed
          round={marketWindow.absentRound}
          unreadableRounds={roundsRead.unreadable}
          windowShown={marketWindow.label}
          instruments={absent}
          unreadableInstruments={hasUnreadable(markets.data?.problems ?? [], 'instruments')}
          allShown={absent.length > 0 && instruments.length === allInstruments.length}
        />
        <PrintedChoices
          event={event}
          zone={zone}
          windowLabel={marketWindow.label}
          domain={domain}
          shown={instruments.length}
          total={allInstruments.length}
        />
        <EmptyWindowNote
          series={series}
          domain={domain}
          label={marketWindow.label}
          latestAt={marketWindow.latest.at}
          zone={zone}
          now={now}
          defaultLabel={marketWindow.defaultLabel}
          onDefault={chrome.filters ? marketWindow.resetZoom : undefined}
        />
        <SnapshotStrip items={snapshot} zone={zone} />
        {/* The charts first: on a desk screen two of them must be in view without scrolling. */}
        {cards}
        <ReactionSection event={event} rows={reactionRows} zone={zone} now={now} />
        {/* One instrument has nothing to be compared with: its own card says it all. */}
        {comparisonShown && (
          <div className="mt-2 print:break-inside-avoid">
            {charts.complete ? (
              <ComparisonChart
                initialWidth={placeholderWidths?.comparison}
                inputs={comparisonInputs}
                event={event}
                domain={domain}
                zone={zone}
                {...zoom}
              />
            ) : (
              <div
                ref={comparisonBox}
                className="rounded border border-line p-2 print:hidden"
                style={{ minHeight: 320 }}
              />
            )}
          </div>
        )}
      </>
    )
  }

  const body = () => {
    if (markets.data && allInstruments.length === 0) {
      return <p className="text-sm text-muted">{noInstrumentsText(markets.data)}</p>
    }
    if (markets.data && onlyInstrument && instruments.length === 0) {
      return <p className="text-sm text-muted">The feed lists no instrument “{onlyInstrument}”.</p>
    }
    // A link's round is known to be in the feed or not before the charts draw: its note, or its
    // window, comes with them, never a moment after.
    if (markets.data && marketWindow.roundPending && !snapshotOnly && !onlyInstrument)
      return <Skeleton label="Loading the markets" rows={6} />
    if (markets.data) {
      return (
        <>
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

  // The strip alone is a snapshot of the markets, not their reaction to the talks (no charts).
  const title = snapshotOnly ? 'Market snapshot' : 'Market reaction'
  // The list on screen that a later refresh failed to replace: said in the panel's header.
  // Its times are read only while it failed: a refresh that brings nothing new re-renders nothing.
  const listError = markets.error
  const listShown = markets.data !== undefined
  const lastSuccess = listError ? markets.dataUpdatedAt : 0
  const failedAt = listError ? markets.errorUpdatedAt : 0
  const failure = useMemo(
    () => (listError && listShown ? { error: listError, lastSuccess, failedAt } : null),
    [listError, listShown, lastSuccess, failedAt],
  )
  // One chart alone has no header line: its marks come above it.
  return onlyInstrument ? (
    <ChartOnlyRegion title={title}>
      {failure && <RefreshFailedMark {...failure} />}
      <MarketsRetryNote feed={feed} instrumentIds={instrumentIds} />
      {body()}
    </ChartOnlyRegion>
  ) : (
    <Panel
      id="markets"
      title={title}
      status={
        <MarketsRefreshMark
          feed={feed}
          instrumentIds={instrumentIds}
          failure={failure}
          panel={title}
        />
      }
    >
      {body()}
    </Panel>
  )
}
