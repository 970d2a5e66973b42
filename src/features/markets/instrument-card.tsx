// Longer than 200 lines: one card's four states (loading, error, empty window, drawn) share the
// measurements and derived view it computes; its parts (header, words: use-card-words, view:
// use-card-view, readout, plot, rail, key, table, props) are files of their own.
import { memo, useId, useState } from 'react'
import type { InstrumentCardProps } from './instrument-card-props'
import { QueryError } from '../../components/query-error'
import { Skeleton } from '../../components/skeleton'
import { RefreshFailedMark } from '../../components/refresh-failed-mark'
import { DroppedRecordsNote } from '../../components/dropped-records-note'
import { hasUnreadable } from '../../feed/unreadable-records'
import { cadenceWords } from '../../lib/cadence'
import { quotedDecimals } from '../../lib/quoted-decimals'
import { moveUnitWords } from '../../lib/move-unit'
import { InstrumentReadout } from './instrument-readout'
import { InstrumentTable } from './instrument-table'
import { summarySaysClosedAtEvent } from './intraday-move-words'
import { CardSummary } from './card-summary'
import { useChartHeightToFit } from './use-chart-height-to-fit'
import { useChrome } from '../../hooks/chrome-context'
import { useOneChartFrame } from '../../hooks/use-one-chart-frame'
import { ChartLegend } from './chart-legend'
import { EventRail } from './event-rail'
import { InstrumentPlot } from './instrument-plot'
import { useCardWords } from './use-card-words'
import { useCardReadout } from './use-card-readout'
import { InstrumentCardHeader } from './instrument-card-header'
import { StalePriceMark } from './stale-price-mark'
import { seriesCadence } from './series-view'
import { useElementWidth } from '../../hooks/use-element-width'
import { useCardView } from './use-card-view'
import { useInViewport } from './use-viewport'
import { usePrinting } from '../../hooks/use-printing'
import { useFeed } from '../../hooks/use-feed'
import { emptyCardWords } from './empty-card-words'
import { FeedLevelLine } from './feed-level-line'

/** The plot's box: at least 160 px of plot between the time axis and the top inset. */
export const chartHeight = 188
/** A chart alone in a frame too small for the whole card: its plot may shrink to 100 px, no less. */
const leastChartHeight = 128
/** ...and in a small frame (a 320x200 portal tile), to 60 px of plot rather than a page that scrolls. */
const leastSmallFrameChartHeight = 88
/** The whole card's reserved height: header, readout, summary, note, chart, rail, key. */
export const cardHeight = 318

/**
 * One instrument: title, summary, illustrative label, the chart with its events, a table view.
 * Memoised: a refresh that brings the same data passes the same props and renders nothing.
 */
export const InstrumentCard = memo(function InstrumentCard({
  instrument,
  dayFrom = null,
  dayMissing = 'not reported',
  levelUnknown = false,
  colorVar,
  series,
  domain,
  zone,
  event,
  reaction,
  events,
  sessionBands,
  selectedKey,
  onSelectEvent,
  onZoom,
  onResetZoom,
  initialWidth,
  alone = false,
  pageMark = null,
}: InstrumentCardProps) {
  const titleId = useId()
  const tableId = useId()
  const { asOf } = useFeed()
  const [showTable, setShowTable] = useState(false)
  const [boxRef, width, exactWidth, measured] = useElementWidth<HTMLDivElement>(
    320,
    40,
    initialWidth,
  )
  // The marker rail (a button per event) is drawn only while the card is on screen (fewer nodes),
  // or holds the focus: Tab into the card draws it at once, before the next Tab, so a keyboard
  // walk never passes the markers before they exist. On paper every card has its rail.
  const [article, setArticle] = useState<HTMLElement | null>(null)
  const [focusInside, setFocusInside] = useState(false)
  const printing = usePrinting()
  const railShown = useInViewport(article) || focusInside || printing
  // A frame the host sizes to the page (autoHeight) has no height of its own to fit.
  const { autoHeight } = useChrome()
  const fitFrame = alone && !autoHeight && !printing
  // A frame too low for the whole card: the title on one line, the secondary marks short; in a
  // tiny one the level's and the change's lines one line each too.
  const frame = useOneChartFrame()
  const smallFrame = alone && frame !== 'whole'
  const oneLineWords = alone && frame === 'tiny'
  const plotHeight = useChartHeightToFit(
    chartHeight,
    smallFrame ? leastSmallFrameChartHeight : leastChartHeight,
    fitFrame,
    boxRef,
    measured && series.data !== undefined,
  )
  const {
    view,
    rows,
    lone,
    scale,
    closed,
    sessions,
    eventTimes,
    ticks,
    formatTick,
    dataSpan,
    prepared,
    base,
    basis,
    unit,
    kind,
    until,
    referenceClose,
  } = useCardView({
    instrument,
    series,
    domain,
    event,
    reaction,
    width,
    exactWidth,
    zone,
    sessionBands,
    events,
  })
  const rebased = base !== null
  const referenceAt = prepared?.referenceAt ?? null
  const readout = useCardReadout(
    instrument,
    view,
    basis,
    unit,
    base,
    zone,
    referenceAt,
    referenceClose,
  )

  const { summary, closedNote, whole, close, place } = useCardWords({
    instrument,
    prepared,
    event,
    reaction,
    lastShown: view?.inWindow.at(-1)?.t ?? null,
    until,
    dayFrom,
    dayMissing,
  })
  const body = () => {
    if (prepared && view) {
      if (view.inWindow.length === 0) {
        return (
          <p
            className="flex items-center justify-center text-xs text-muted"
            style={{ height: chartHeight + 32 }}
          >
            {emptyCardWords({
              instrument,
              pointCount: prepared.points.length,
              unreadable: hasUnreadable(series.problems, 'points'),
              asOf,
              percentFrom: basis === 'percent-change' ? referenceAt : null,
              sparse: view.trading === null ? cadenceWords(seriesCadence(prepared)) : null,
              notYetTraded: closedNote !== '',
              place,
              zone,
            })}
          </p>
        )
      }
      return (
        <>
          {series.error ? (
            <RefreshFailedMark error={series.error} lastSuccess={series.dataUpdatedAt} />
          ) : null}
          {measured ? (
            <InstrumentPlot
              label={`${instrument.name}${rebased ? `, ${moveUnitWords(unit, instrument)} since the event` : ''}`}
              color={colorVar}
              rows={rows}
              lone={lone}
              domain={domain}
              ticks={ticks}
              formatTick={formatTick}
              scale={scale}
              kind={kind}
              levelDigits={quotedDecimals(instrument)}
              last={view.last}
              previousClose={view.previousClose}
              closeLabel={close.label}
              sessionBands={sessions}
              closedBands={closed}
              eventTimes={eventTimes}
              highlight={event?.at ?? null}
              width={exactWidth}
              height={plotHeight}
              describe={readout.describe}
              onZoom={onZoom}
              onResetZoom={onResetZoom}
            />
          ) : (
            <div style={{ height: plotHeight }} />
          )}
          {railShown ? (
            <EventRail
              label={instrument.shortName}
              events={events}
              domain={domain}
              data={dataSpan}
              zone={zone}
              selectedKey={selectedKey}
              onSelect={onSelectEvent}
            />
          ) : (
            <div className="h-4" aria-hidden="true" />
          )}
          <ChartLegend
            session={sessions.some(([from, to]) => to >= domain[0] && from <= domain[1])}
            closed={closed.length > 0}
            events={eventTimes.length > 0}
            previousClose={view.previousClose !== null && view.closeInScale ? close.key : null}
            previousCloseShort={close.label}
            place={place}
            whole={alone && !smallFrame}
            width={measured ? exactWidth : null}
          />
        </>
      )
    }
    if (series.error)
      return (
        <QueryError
          what={`the ${instrument.shortName} series`}
          error={series.error}
          onRetry={() => void series.refetch()}
        />
      )
    return (
      <Skeleton
        label={`Loading the ${instrument.shortName} series`}
        rows={1}
        rowHeight={`${chartHeight + 32}px`}
      />
    )
  }

  // Two rows of the grid it sits in (subgrid): the header, readout and notes, then the chart, so the
  // charts of a row start level when one card's title or note takes more lines than its neighbour's.
  return (
    <article
      ref={setArticle}
      onFocus={() => setFocusInside(true)}
      onBlur={(e) => setFocusInside(e.currentTarget.contains(e.relatedTarget))}
      aria-labelledby={titleId}
      className={`row-span-2 grid min-w-0 grid-cols-1 grid-rows-subgrid gap-y-0 rounded border border-line ${smallFrame ? 'p-1' : alone ? 'p-1.5' : 'p-2'}`}
      style={{ minHeight: cardHeight }}
    >
      <div>
        <InstrumentCardHeader
          titleId={titleId}
          name={instrument.name}
          shortName={instrument.shortName}
          illustrative={prepared?.illustrative ? { note: prepared.note ?? null } : null}
          tableId={tableId}
          tableShown={showTable}
          onToggleTable={view ? () => setShowTable((v) => !v) : null}
          lines={smallFrame ? (oneLineWords ? 1 : 2) : null}
          pageMark={pageMark}
        />
        {readout.input ? (
          <InstrumentReadout input={readout.input} overlaid={alone} oneLine={oneLineWords} />
        ) : !prepared ? (
          // The feed's last level while the series loads (the readout takes its place) or failed.
          <FeedLevelLine
            instrument={instrument}
            zone={zone}
            levelUnknown={levelUnknown}
            overlaid={alone}
            loading={!series.error}
          />
        ) : (
          <p className={alone ? 'h-4' : 'h-8'} />
        )}
        <CardSummary
          summary={summary}
          closedNote={closedNote}
          whole={whole}
          noteInSummary={alone && summarySaysClosedAtEvent(instrument, event, reaction)}
          short={smallFrame ? (oneLineWords ? 1 : 2) : null}
        >
          <StalePriceMark
            instrument={instrument}
            series={prepared}
            zone={zone}
            short={smallFrame}
          />
        </CardSummary>
        <DroppedRecordsNote problems={series.problems} noun="point" />
      </div>
      {/* A kept first screen paints the words above at once, this part a frame later, in a box
          of its height: the rows it shares with its neighbours keep their sizes. */}
      <div data-paint-later>
        <div ref={boxRef} className={alone ? undefined : 'mt-1'}>
          {body()}
        </div>
        {showTable && view && (
          <InstrumentTable
            id={tableId}
            instrument={instrument}
            illustrative={prepared?.illustrative ?? false}
            drawn={view.drawn}
            inWindow={view.inWindow}
            basis={basis}
            unit={unit}
            base={base}
            zone={zone}
            referenceAt={basis === 'percent-change' ? referenceAt : null}
          />
        )}
      </div>
    </article>
  )
})
