import { memo, useId, useMemo, useState } from 'react'
import type { Instrument } from '../../feed/schemas/types'
import type { ChartConfig } from '../../components/chart'
import { Badge } from '../../components/badge'
import { QueryError } from '../../components/query-error'
import { Skeleton } from '../../components/skeleton'
import { RefreshFailedMark } from '../../components/refresh-failed-mark'
import { DroppedRecordsNote } from '../../components/dropped-records-note'
import { indexAtOrBefore } from '../../lib/rebase'
import { formatDateTime } from '../../lib/format-time'
import { axisValue, formatSeriesValue, moveWords, signedPercent } from './format-market'
import { drawSeries } from './draw-rows'
import { cadenceWords } from '../../lib/cadence'
import { formatMove, moveUnit, rebaseIn, type MoveUnit } from './move-unit'
import { setHoverTime } from './hover-time'
import { MarketChart, type Band } from './market-chart'
import { EventRail } from './event-rail'
import { InstrumentTooltip } from './instrument-tooltip'
import { DataTableView, timeColumn } from './data-table-view'
import type { MarketEvent } from './market-events'
import type { Reaction } from './reaction'
import { closedSpans, marketPlace, seriesCadence, sliceWindow, tradingSpans, type Span } from './series-view'
import { useElementWidth } from './use-element-width'
import { useAxisTicks } from './use-axis-ticks'
import { useInViewport } from './use-progressive-count'
import type { SeriesState } from './series-query'

export const chartHeight = 150
/** The whole card's reserved height: header, two text lines, chart, rail, toggle row. */
export const cardHeight = 262
/** Closed hours are shaded only over windows short enough for a night to be seen. */
const maxShadedSpan = 14 * 86_400_000


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
export function instrumentSummary(instrument: Instrument, event: MarketEvent | null, reaction: Reaction | null): string {
  const day =
    instrument.changePercent === null
      ? `${instrument.shortName}: change not reported`
      : `${instrument.shortName} ${signedPercent(instrument.changePercent)} on the day`
  if (!event || !reaction) return `${day}.`
  const place = marketPlace(instrument.timeZone)
  if (reaction.baseValue === null) {
    return reaction.closedAtEvent ? `${day}; not yet traded in ${place} since ${event.label}.` : `${day}; no data since ${event.label} yet.`
  }
  const words = (move: number) => (reaction.unit === 'bp' ? `${move > 0 ? 'up' : move < 0 ? 'down' : 'unchanged'} ${formatMove(Math.abs(move), 'bp').replace('+', '')}` : moveWords(move))
  if (reaction.cadence !== 'intraday') {
    if (reaction.close.move !== null) return `${day}; ${words(reaction.close.move)} at the first close after ${event.label}.`
    return `${day}; no close yet after ${event.label}.`
  }
  const from = reaction.closedAtEvent ? ` (from the next open in ${place})` : ''
  if (reaction.h1.move !== null) return `${day}; ${words(reaction.h1.move)} in the hour after ${event.label}${from}.`
  if (reaction.m15.move !== null) return `${day}; ${words(reaction.m15.move)} in the 15 minutes after ${event.label}${from}.`
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
  const [boxRef, width, exactWidth] = useElementWidth<HTMLDivElement>(320)
  const { ticks, formatTick } = useAxisTicks(domain, exactWidth, zone)
  // The marker rail (a button per event) is drawn only while the card is on screen: fewer nodes.
  const [article, setArticle] = useState<HTMLElement | null>(null)
  const railShown = useInViewport(article)
  const prepared = series.data
  const base = reaction && reaction.baseValue !== null && event ? { value: reaction.baseValue, label: event.label } : null
  const basis = prepared?.basis ?? 'level'
  const unit: MoveUnit = moveUnit(instrument, basis)
  const rebased = base !== null

  const view = useMemo(() => {
    if (!prepared) return null
    const cadence = seriesCadence(prepared)
    // Daily closes are joined close to close: trading hours matter only to intraday data.
    const intraday = cadence.kind === 'intraday'
    const trading = intraday ? tradingSpans(instrument, domain) : null
    const inWindow = sliceWindow(prepared.points, domain)
    const values = base ? rebaseIn(inWindow, base.value, prepared.basis, unit) : inWindow
    // About one point per pixel of plot width: the drawn line looks the same, at a fraction of the cost.
    const { rows, drawn, lone } = drawSeries(values, trading ?? [], cadence, Math.max(width - 60, 40))
    const shaded = trading !== null && domain[1] - domain[0] <= maxShadedSpan
    return { trading, inWindow, drawn, rows, lone, closed: shaded ? closedSpans(trading, domain) : [] }
  }, [prepared, instrument, domain, base?.value, width, unit]) // eslint-disable-line react-hooks/exhaustive-deps

  const first = prepared?.points[0]?.t
  const last = prepared?.points.at(-1)?.t
  const dataSpan = useMemo((): Span | null => (first === undefined || last === undefined ? null : [first, last]), [first, last])
  const config: ChartConfig = { [instrument.id]: { label: instrument.name, color: colorVar } }
  const summary = instrumentSummary(instrument, event, reaction)
  const place = marketPlace(instrument.timeZone)
  const closedNote =
    event && reaction?.closedAtEvent
      ? `Not yet traded in ${place} at ${event.label}: ${place} was closed; counting starts at its next open${
          reaction.baseAt !== null ? `, ${formatDateTime(reaction.baseAt, instrument.timeZone)}` : ''
        }.`
      : ''
  const body = () => {
    if (prepared && view) {
      if (view.inWindow.length === 0) {
        return (
          <p className="flex items-center justify-center text-xs text-muted" style={{ height: chartHeight + 16 }}>
            {view.trading === null
              ? `No ${instrument.shortName} close in this window: the series has ${cadenceWords(seriesCadence(prepared))} closes (a round or the whole feed shows them).`
              : `No ${instrument.shortName} data in this window${closedNote ? ` (not yet traded in ${place})` : ''}.`}
          </p>
        )
      }
      return (
        <>
          {series.error ? <RefreshFailedMark error={series.error} lastSuccess={series.dataUpdatedAt} /> : null}
          <MarketChart
            label={`${instrument.name}${rebased ? `, ${unit === 'bp' ? 'bp' : '%'} since the event` : ''}`}
            seriesKey={instrument.id}
            config={config}
            rows={view.rows}
            lone={view.lone}
            domain={domain}
            ticks={ticks}
            formatTick={formatTick}
            formatValue={(v) => (rebased && unit === 'bp' ? formatMove(v, 'bp') : axisValue(v, rebased || basis === 'percent-change'))}
            height={chartHeight}
            sessionBands={sessionBands}
            closedBands={view.closed}
            highlight={event?.at ?? null}
            syncId="markets"
            onHoverTime={setHoverTime}
            onZoom={onZoom}
            onResetZoom={onResetZoom}
            tooltip={
              <InstrumentTooltip instrument={instrument} points={view.inWindow} basis={basis} unit={unit} trading={view.trading} base={base} zone={zone} />
            }
          />
          {railShown ? (
            <EventRail label={instrument.shortName} events={events} domain={domain} data={dataSpan} zone={zone} selectedKey={selectedKey} onSelect={onSelectEvent} />
          ) : (
            <div className="h-4" aria-hidden="true" />
          )}
        </>
      )
    }
    if (series.error) return <QueryError what={`the ${instrument.shortName} series`} error={series.error} onRetry={() => void series.refetch()} />
    return <Skeleton label={`Loading the ${instrument.shortName} series`} rows={1} rowHeight={`${chartHeight + 16}px`} />
  }

  return (
    <article ref={setArticle} aria-labelledby={titleId} className="min-w-0 rounded border border-line p-2" style={{ minHeight: cardHeight }}>
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
      <p className="text-xs break-words">
        {summary}
      </p>
      <p className="min-h-4 text-[11px] break-words text-warn">
        {closedNote}
      </p>
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
              header: basis === 'percent-change' ? 'Value (% vs previous close)' : `Value (${instrument.unit})`,
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
