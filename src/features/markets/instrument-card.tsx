import { memo, useId, useMemo, useState } from 'react'
import type { Instrument } from '../../feed/schemas/types'
import type { ChartConfig } from '../../components/chart'
import { Badge } from '../../components/badge'
import { QueryError } from '../../components/query-error'
import { Skeleton } from '../../components/skeleton'
import { RefreshFailedMark } from '../../components/refresh-failed-mark'
import { DroppedRecordsNote } from '../../components/dropped-records-note'
import { lttb } from '../../lib/lttb'
import { indexAtOrBefore, rebaseSeries } from '../../lib/rebase'
import { formatDateTime } from '../../lib/format-time'
import { axisValue, formatSeriesValue, moveWords, signedPercent } from './format-market'
import { setHoverTime } from './hover-time'
import { MarketChart, type Band } from './market-chart'
import { EventRail } from './event-rail'
import { InstrumentTooltip } from './instrument-tooltip'
import { DataTableView, timeColumn } from './data-table-view'
import type { MarketEvent } from './market-events'
import type { Reaction } from './reaction'
import { closedSpans, insertBreaks, marketPlace, sliceWindow, tradingSpans, type Span } from './series-view'
import { useElementWidth } from './use-element-width'
import { useInViewport } from './use-progressive-count'
import type { SeriesState } from './series-query'

export const chartHeight = 150
/** The whole card's reserved height: header, two text lines, chart, rail, toggle row. */
export const cardHeight = 262


type Props = {
  instrument: Instrument
  colorVar: string
  series: SeriesState
  domain: Span
  ticks: readonly number[]
  formatTick: (t: number) => string
  zone: string
  event: MarketEvent | null
  reaction: Reaction | null
  events: readonly MarketEvent[]
  sessionBands: readonly Band[]
  selectedKey: string | null
  onSelectEvent: (event: MarketEvent) => void
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
  const from = reaction.closedAtEvent ? ` (from the next open in ${place})` : ''
  if (reaction.h1.move !== null) return `${day}; ${moveWords(reaction.h1.move)} in the hour after ${event.label}${from}.`
  if (reaction.m15.move !== null) return `${day}; ${moveWords(reaction.m15.move)} in the 15 minutes after ${event.label}${from}.`
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
  ticks,
  formatTick,
  zone,
  event,
  reaction,
  events,
  sessionBands,
  selectedKey,
  onSelectEvent,
}: Props) {
  const titleId = useId()
  const tableId = useId()
  const [showTable, setShowTable] = useState(false)
  const [boxRef, width] = useElementWidth<HTMLDivElement>(320)
  // The marker rail (a button per event) is drawn only while the card is on screen: fewer nodes.
  const [article, setArticle] = useState<HTMLElement | null>(null)
  const railShown = useInViewport(article)
  const prepared = series.data
  const base = reaction && reaction.baseValue !== null && event ? { value: reaction.baseValue, label: event.label } : null
  const basis = prepared?.basis ?? 'level'
  const rebased = base !== null

  const view = useMemo(() => {
    if (!prepared) return null
    const trading = tradingSpans(instrument, domain)
    const inWindow = sliceWindow(prepared.points, domain)
    const values = base ? rebaseSeries(inWindow, base.value, prepared.basis) : inWindow
    // About one point per pixel of plot width: the drawn line looks the same, at a fraction of the cost.
    const drawn = lttb(values, Math.max(width - 60, 40))
    return { trading, inWindow, drawn, rows: insertBreaks(drawn, trading), closed: closedSpans(trading, domain) }
  }, [prepared, instrument, domain, base?.value, width]) // eslint-disable-line react-hooks/exhaustive-deps

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
            No {instrument.shortName} data in this window{closedNote ? ` (not yet traded in ${place})` : ''}.
          </p>
        )
      }
      return (
        <>
          {series.error ? <RefreshFailedMark error={series.error} lastSuccess={series.dataUpdatedAt} /> : null}
          <MarketChart
            label={`${instrument.name}${rebased ? ', % since the event' : ''}`}
            seriesKey={instrument.id}
            config={config}
            rows={view.rows}
            domain={domain}
            ticks={ticks}
            formatTick={formatTick}
            formatValue={(v) => axisValue(v, rebased || basis === 'percent-change')}
            height={chartHeight}
            sessionBands={sessionBands}
            closedBands={view.closed}
            highlight={event?.at ?? null}
            syncId="markets"
            onHoverTime={setHoverTime}
            tooltip={
              <InstrumentTooltip instrument={instrument} points={view.inWindow} basis={basis} trading={view.trading} base={base} zone={zone} />
            }
          />
          {railShown ? (
            <EventRail label={instrument.shortName} events={events} domain={domain} zone={zone} selectedKey={selectedKey} onSelect={onSelectEvent} />
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
      <header className="flex items-center gap-2">
        <h3 id={titleId} className="truncate text-sm font-semibold">
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
      <p className="truncate text-xs" title={summary}>
        {summary}
      </p>
      <p className="h-4 truncate text-[11px] text-warn" title={closedNote || undefined}>
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
                      return p ? signedPercent(p.v) : ''
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
