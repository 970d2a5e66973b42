import { memo, useCallback, useId, useMemo, useState } from 'react'
import type { Instrument } from '../../feed/schemas/types'
import { Badge } from '../../components/badge'
import { QueryError } from '../../components/query-error'
import { Skeleton } from '../../components/skeleton'
import { RefreshFailedMark } from '../../components/refresh-failed-mark'
import { DroppedRecordsNote } from '../../components/dropped-records-note'
import { indexAtOrBefore } from '../../lib/rebase'
import { formatDateTime } from '../../lib/format-time'
import { formatSeriesValue, moveWords, signedPercent } from './format-market'
import { drawSeries } from './draw-rows'
import { cadenceWords } from '../../lib/cadence'
import { formatMove, moveBetween, moveUnit, rebaseIn, type MoveUnit } from './move-unit'
import type { Band } from './market-chart'
import { EventRail } from './event-rail'
import { InstrumentPlot } from './instrument-plot'
import { InstrumentReadout } from './instrument-readout'
import { ChartLegend } from './chart-legend'
import { readoutAt, readoutWords, type ReadoutInput } from './readout-at'
import { valueScale } from './value-scale'
import type { ValueKind } from './value-labels'
import { sameNumbers, samePoints, useStableValue } from './use-stable-value'
import { DataTableView, timeColumn } from './data-table-view'
import type { MarketEvent } from './market-events'
import type { Reaction } from './reaction'
import {
  closedSpans,
  marketPlace,
  seriesCadence,
  sliceWindow,
  tradingSpans,
  type Span,
} from './series-view'
import { useElementWidth } from './use-element-width'
import { useAxisTicks } from './use-axis-ticks'
import { useInViewport } from './use-progressive-count'
import type { SeriesState } from './series-query'

/** The plot's box: at least 160 px of plot between the time axis and the top inset. */
export const chartHeight = 188
/** The whole card's reserved height: header, readout, summary, note, chart, rail, key. */
export const cardHeight = 318
/** Closed hours are shaded only over windows short enough for a night to be seen. */
const maxShadedSpan = 14 * 86_400_000
const noRows: readonly { t: number; v: number | null }[] = []
const noNumbers: readonly number[] = []
const noSpans: readonly Span[] = []
const sameSpans = (a: readonly Span[], b: readonly Span[]) =>
  a.length === b.length && a.every((s, i) => s[0] === b[i]![0] && s[1] === b[i]![1])

type Props = {
  instrument: Instrument
  colorVar: string
  series: SeriesState
  domain: Span
  zone: string
  event: MarketEvent | null
  reaction: Reaction | null
  events: readonly MarketEvent[]
  sessionBands: readonly Band[]
  selectedKey: string | null
  onSelectEvent: (event: MarketEvent) => void
  onZoom?: (from: number, to: number) => void
  onResetZoom?: () => void
}

/** The one-line summary: the day as reported, then the reaction to the chosen event. */
export function instrumentSummary(
  instrument: Instrument,
  event: MarketEvent | null,
  reaction: Reaction | null,
): string {
  const day =
    instrument.changePercent === null
      ? `${instrument.shortName}: change not reported`
      : `${instrument.shortName} ${signedPercent(instrument.changePercent)} on the day`
  if (!event || !reaction) return `${day}.`
  const place = marketPlace(instrument.timeZone)
  if (reaction.baseValue === null) {
    return reaction.closedAtEvent
      ? `${day}; not yet traded in ${place} since ${event.label}.`
      : `${day}; no data since ${event.label} yet.`
  }
  const words = (move: number) =>
    reaction.unit === 'bp'
      ? `${move > 0 ? 'up' : move < 0 ? 'down' : 'unchanged'} ${formatMove(Math.abs(move), 'bp').replace('+', '')}`
      : moveWords(move)
  if (reaction.cadence !== 'intraday') {
    if (reaction.close.move !== null)
      return `${day}; ${words(reaction.close.move)} at the first close after ${event.label}.`
    return `${day}; no close yet after ${event.label}.`
  }
  const from = reaction.closedAtEvent ? ` (from the next open in ${place})` : ''
  if (reaction.h1.move !== null)
    return `${day}; ${words(reaction.h1.move)} in the hour after ${event.label}${from}.`
  if (reaction.m15.move !== null)
    return `${day}; ${words(reaction.m15.move)} in the 15 minutes after ${event.label}${from}.`
  return `${day}; no move yet after ${event.label}.`
}

/**
 * One instrument: title, summary, illustrative label, the chart with its events, a table view.
 * Memoised: a refresh that brings the same data passes the same props and renders nothing.
 */
export const InstrumentCard = memo(function InstrumentCard({
  instrument,
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
}: Props) {
  const titleId = useId()
  const tableId = useId()
  const [showTable, setShowTable] = useState(false)
  const [boxRef, width, exactWidth, measured] = useElementWidth<HTMLDivElement>(320)
  const { ticks, formatTick } = useAxisTicks(domain, exactWidth, zone)
  // The marker rail (a button per event) is drawn only while the card is on screen: fewer nodes.
  const [article, setArticle] = useState<HTMLElement | null>(null)
  const railShown = useInViewport(article)
  const prepared = series.data
  const base =
    reaction && reaction.baseValue !== null && event
      ? { value: reaction.baseValue, label: event.label }
      : null
  const basis = prepared?.basis ?? 'level'
  const unit: MoveUnit = moveUnit(instrument, basis)
  const rebased = base !== null
  const kind: ValueKind =
    rebased && unit === 'bp' ? 'bp' : rebased || basis === 'percent-change' ? 'percent' : 'level'
  const { tradingHours, timeZone } = instrument
  // The previous close, in the series' own terms: a percent-change series is measured against it (0%).
  const closeLevel =
    prepared?.basis === 'percent-change' ? 0 : (series.raw?.reference.value ?? null)

  const view = useMemo(() => {
    if (!prepared) return null
    const cadence = seriesCadence(prepared)
    // Daily closes are joined close to close: trading hours matter only to intraday data.
    const intraday = cadence.kind === 'intraday'
    const trading = intraday ? tradingSpans({ tradingHours, timeZone }, domain) : null
    const inWindow = sliceWindow(prepared.points, domain)
    const values = base ? rebaseIn(inWindow, base.value, prepared.basis, unit) : inWindow
    // About one point per pixel of plot width: the drawn line looks the same, at a fraction of the cost.
    const { rows, drawn, lone } = drawSeries(
      values,
      trading ?? [],
      cadence,
      Math.max(width - 60, 40),
    )
    const shaded = trading !== null && domain[1] - domain[0] <= maxShadedSpan
    let [min, max] = [Infinity, -Infinity]
    for (const p of values) [min, max] = [Math.min(min, p.v), Math.max(max, p.v)]
    const close =
      closeLevel === null
        ? null
        : base
          ? moveBetween(base.value, closeLevel, prepared.basis, unit)
          : closeLevel
    // The previous close is in scale unless it would squash the line to under a third of the plot.
    const closeInScale =
      close !== null &&
      Math.max(max, close) - Math.min(min, close) <= 3 * Math.max(max - min, Math.abs(max) * 1e-4)
    const scale = closeInScale
      ? valueScale(Math.min(min, close), Math.max(max, close))
      : valueScale(min, max)
    return {
      trading,
      inWindow,
      drawn,
      rows,
      lone,
      scale,
      previousClose: close,
      closeInScale,
      last: values.at(-1)?.v ?? null,
      closed: shaded ? closedSpans(trading, domain) : [],
    }
  }, [prepared, tradingHours, timeZone, domain, base?.value, width, unit, closeLevel]) // eslint-disable-line react-hooks/exhaustive-deps

  // Kept while equal by value: a poll that leaves this series' window unchanged redraws nothing.
  const rows = useStableValue(view?.rows ?? noRows, samePoints)
  const lone = useStableValue(view?.lone ?? noRows, samePoints) as readonly {
    t: number
    v: number
  }[]
  const scaleTicks = useStableValue(view?.scale.ticks ?? noNumbers, sameNumbers)
  const scale = useMemo(
    () => ({
      ticks: scaleTicks,
      domain: [scaleTicks[0] ?? 0, scaleTicks.at(-1) ?? 1] as [number, number],
    }),
    [scaleTicks],
  )
  const closed = useStableValue(view?.closed ?? noSpans, sameSpans)
  const sessions = useStableValue(
    useMemo(() => sessionBands.map((b) => [b.from, b.to] as const), [sessionBands]),
    sameSpans,
  )
  const eventTimes = useStableValue(
    useMemo(
      () => [...new Set(events.map((e) => e.at))].filter((t) => t >= domain[0] && t <= domain[1]),
      [events, domain],
    ),
    sameNumbers,
  )
  const readoutInput = useMemo(
    (): ReadoutInput | null =>
      view
        ? { instrument, points: view.inWindow, basis, unit, trading: view.trading, base, zone }
        : null,
    [instrument, view, basis, unit, base?.value, base?.label, zone], // eslint-disable-line react-hooks/exhaustive-deps
  )
  const describe = useCallback(
    (t: number | null) => (readoutInput ? readoutWords(readoutAt(readoutInput, t)) : 'No data'),
    [readoutInput],
  )

  const first = prepared?.points[0]?.t
  const last = prepared?.points.at(-1)?.t
  const dataSpan = useMemo(
    (): Span | null => (first === undefined || last === undefined ? null : [first, last]),
    [first, last],
  )
  const summary = instrumentSummary(instrument, event, reaction)
  const place = marketPlace(instrument.timeZone)
  const closedNote =
    event && reaction?.closedAtEvent
      ? `Not yet traded in ${place} at ${event.label}: ${place} was closed; counting starts at its next open${
          reaction.baseAt !== null
            ? `, ${formatDateTime(reaction.baseAt, instrument.timeZone)}`
            : ''
        }.`
      : ''
  const body = () => {
    if (prepared && view) {
      if (view.inWindow.length === 0) {
        return (
          <p
            className="flex items-center justify-center text-xs text-muted"
            style={{ height: chartHeight + 32 }}
          >
            {view.trading === null
              ? `No ${instrument.shortName} close in this window: the series has ${cadenceWords(seriesCadence(prepared))} closes (a round or the whole feed shows them).`
              : `No ${instrument.shortName} data in this window${closedNote ? ` (not yet traded in ${place})` : ''}.`}
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
              label={`${instrument.name}${rebased ? `, ${unit === 'bp' ? 'bp' : '%'} since the event` : ''}`}
              color={colorVar}
              rows={rows}
              lone={lone}
              domain={domain}
              ticks={ticks}
              formatTick={formatTick}
              scale={scale}
              kind={kind}
              last={view.last}
              previousClose={view.previousClose}
              sessionBands={sessions}
              closedBands={closed}
              eventTimes={eventTimes}
              highlight={event?.at ?? null}
              width={exactWidth}
              height={chartHeight}
              describe={describe}
              onZoom={onZoom}
              onResetZoom={onResetZoom}
            />
          ) : (
            <div style={{ height: chartHeight }} />
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
            previousClose={view.previousClose !== null && view.closeInScale}
            place={place}
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

  return (
    <article
      ref={setArticle}
      aria-labelledby={titleId}
      className="min-w-0 rounded border border-line p-2"
      style={{ minHeight: cardHeight }}
    >
      <header className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <h3 id={titleId} className="min-w-0 text-sm font-semibold break-words">
          {instrument.name}
        </h3>
        {prepared?.illustrative && (
          <Badge tone="warn" title={prepared.note ?? 'A generated path, not real prices'}>
            Illustrative path
          </Badge>
        )}
        <button
          type="button"
          className="btn ml-auto"
          aria-label={`${showTable ? 'Hide' : 'Show'} table of ${instrument.shortName} data`}
          aria-expanded={showTable}
          aria-controls={tableId}
          onClick={() => setShowTable((v) => !v)}
          disabled={!view}
        >
          {showTable ? 'Hide table' : 'Table'}
        </button>
      </header>
      {readoutInput ? <InstrumentReadout input={readoutInput} /> : <p className="h-8" />}
      <p className="text-xs break-words">{summary}</p>
      {closedNote && <p className="text-[11px] break-words text-warn">{closedNote}</p>}
      <DroppedRecordsNote problems={series.problems} noun="point" />
      <div ref={boxRef} className="mt-1">
        {body()}
      </div>
      {showTable && view && (
        <DataTableView
          id={tableId}
          caption={`${instrument.name}${prepared?.illustrative ? ' (illustrative path)' : ''}: ${view.drawn.length} of ${view.inWindow.length} points in the window, as drawn`}
          count={view.drawn.length}
          columns={[
            timeColumn(
              view.drawn.map((p) => p.t),
              zone,
            ),
            {
              header:
                basis === 'percent-change'
                  ? 'Value (% vs previous close)'
                  : `Value (${instrument.unit})`,
              cell: (row) => {
                const p = view.drawn[row]
                if (!p) return ''
                const original = base ? view.inWindow[indexAtOrBefore(view.inWindow, p.t)] : p
                return original ? formatSeriesValue(original.v, basis, instrument) : ''
              },
            },
            ...(base
              ? [
                  {
                    header: `Since ${base.label}`,
                    cell: (row: number) => {
                      const p = view.drawn[row]
                      return p ? (unit === 'bp' ? formatMove(p.v, 'bp') : signedPercent(p.v)) : ''
                    },
                  },
                ]
              : []),
          ]}
        />
      )}
    </article>
  )
})
