import { useMemo, useState } from 'react'
import { useQueries, useQuery } from '@tanstack/react-query'
import { developmentsQueries, indexQueries, marketsQueries, quotesQueries, sessionsQueries } from '../../feed/queries'
import type { getSeries } from '../../feed/feed-resources'
import { useRuntime } from '../../hooks/runtime-context'
import { useDisplayZone } from '../../hooks/use-display-zone'
import { useSelection } from '../../hooks/use-selection'
import { Panel } from '../../components/panel'
import { Skeleton } from '../../components/skeleton'
import { QueryError } from '../../components/query-error'
import { RefreshFailedMark } from '../../components/refresh-failed-mark'
import { DroppedRecordsNote } from '../../components/dropped-records-note'
import { formatDateTime } from '../../lib/format-time'
import { collectEvents, findEvent, type MarketEvent } from './market-events'
import { computeReaction } from './reaction'
import { prepareSeries, sliceWindow, type PreparedSeries } from './series-view'
import { computeWindow, timeTicks, windowLabels, type WindowKind } from './time-window'
import { SnapshotStrip } from './snapshot-strip'
import { InstrumentCard, cardHeight } from './instrument-card'
import { ReactionTable, reactionCsvRows, type ReactionRow } from './reaction-table'
import { ComparisonChart } from './comparison-chart'
import { useNearViewport, useProgressiveCount } from './use-progressive-count'
import { downloadCsv } from './download'
import type { Band } from './market-chart'

const selectPrepared = (data: Awaited<ReturnType<typeof getSeries>>) => prepareSeries(data.series)
const colorVars = ['var(--chart-1)', 'var(--chart-2)', 'var(--chart-3)', 'var(--chart-4)', 'var(--chart-5)', 'var(--chart-6)']
const eventKey = (e: { kind: string; id: string } | null) => (e ? `${e.kind}:${e.id}` : null)
const kindGroups = [
  ['session', 'Sessions'],
  ['development', 'Developments'],
  ['quote', 'Quotes'],
] as const

/** The market reaction panels: snapshot, one chart per instrument, reaction table, comparison. */
export function MarketsPanel() {
  const { feedBaseUrl } = useRuntime()
  const [zone] = useDisplayZone()
  const { selection, selectEvent } = useSelection()
  const markets = useQuery(marketsQueries.list(feedBaseUrl))
  const sessions = useQuery(sessionsQueries.list(feedBaseUrl))
  const developments = useQuery(developmentsQueries.list(feedBaseUrl))
  const quotes = useQuery(quotesQueries.list(feedBaseUrl))
  const index = useQuery(indexQueries.detail(feedBaseUrl))
  const instruments = useMemo(() => markets.data?.instruments ?? [], [markets.data])
  const seriesResults = useQueries({
    queries: instruments.map((instrument) => ({ ...marketsQueries.series(feedBaseUrl, instrument.id), select: selectPrepared })),
  })
  const [windowKind, setWindowKind] = useState<WindowKind>('round')

  const events = useMemo(
    () =>
      collectEvents(
        sessions.data?.sessions ?? [],
        developments.data?.developments ?? [],
        quotes.data?.quotes ?? [],
        index.data?.people ?? [],
      ),
    [sessions.data, developments.data, quotes.data, index.data],
  )
  const event = findEvent(events, selection.event)
  const selectedKey = eventKey(selection.event)
  const preparedList = seriesResults.map((r) => r.data)
  const preparedKey = seriesResults.map((r) => r.dataUpdatedAt).join(',')

  const extent = useMemo((): [number, number] => {
    const times = preparedList.flatMap((s) => (s && s.points.length ? [s.points[0]!.t, s.points.at(-1)!.t] : []))
    const eventTimes = events.map((e) => e.at)
    const all = times.length ? times : eventTimes
    if (all.length === 0) return [0, 1]
    return [Math.min(...all), Math.max(...all)]
  }, [preparedKey, events]) // eslint-disable-line react-hooks/exhaustive-deps

  const domain = useMemo(() => computeWindow(windowKind, event, events, extent, zone), [windowKind, event, events, extent, zone])
  const ticks = useMemo(() => timeTicks(domain, 5), [domain])
  const multiDay = domain[1] - domain[0] > 20 * 3_600_000
  const formatTick = useMemo(() => {
    const f = new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23', ...(multiDay ? { weekday: 'short' } : {}) })
    return (t: number) => f.format(t)
  }, [zone, multiDay])

  const reactions = useMemo(
    () => instruments.map((instrument, i) => {
      const series = preparedList[i]
      return event && series ? computeReaction(instrument, series, event.at) : null
    }),
    [instruments, preparedKey, event], // eslint-disable-line react-hooks/exhaustive-deps
  )

  const sessionBands = useMemo<Band[]>(
    () =>
      events
        .filter((e) => e.kind === 'session')
        .map((s) => ({ from: s.at, to: s.end ?? Math.max(s.at, Math.min(domain[1], s.at + 8 * 3_600_000)), label: s.label })),
    [events, domain],
  )
  // Charts mount when the region comes near the viewport, one per idle moment: the timeline and
  // quotes paint first, and no single long task mounts them all.
  const [chartsBox, setChartsBox] = useState<HTMLDivElement | null>(null)
  const near = useNearViewport(chartsBox)
  const mounted = useProgressiveCount(instruments.length + 1, near)
  const comparisonInputs = useMemo(
    () =>
      instruments.map((instrument, i) => ({
        instrument,
        colorVar: colorVars[i % colorVars.length]!,
        series: preparedList[i],
        reaction: reactions[i] ?? null,
      })),
    [instruments, preparedKey, reactions], // eslint-disable-line react-hooks/exhaustive-deps
  )

  const onSelect = (next: MarketEvent | null) => selectEvent(next ? { kind: next.kind, id: next.id } : null)
  const reactionRows: ReactionRow[] = instruments.map((instrument, i) => ({
    instrument,
    reaction: reactions[i] ?? null,
    illustrative: preparedList[i]?.illustrative ?? false,
  }))

  const exportSeries = () => {
    const rows: (string | number | null)[][] = [['instrument', 'time', 'value', 'basis', 'unit', 'pct_since_event', 'illustrative']]
    instruments.forEach((instrument, i) => {
      const series: PreparedSeries | undefined = preparedList[i]
      if (!series) return
      const base = reactions[i]?.baseValue ?? null
      for (const p of sliceWindow(series.points, domain)) {
        const since = base === null ? null : series.basis === 'level' ? (p.v / base - 1) * 100 : ((100 + p.v) / (100 + base) - 1) * 100
        rows.push([instrument.name, new Date(p.t).toISOString(), p.v, series.basis, series.basis === 'level' ? instrument.unit : '% vs previous close', since === null ? null : Number(since.toFixed(4)), series.illustrative ? 'yes' : 'no'])
      }
    })
    downloadCsv('market-series.csv', rows)
  }

  const controls = (
    <div className="mb-2 flex flex-wrap items-end gap-2 text-xs">
      <label className="flex flex-col">
        <span className="text-muted">Rebase to</span>
        <select className="btn max-w-[16rem]" value={selectedKey ?? ''} onChange={(e) => onSelect(events.find((ev) => eventKey(ev) === e.target.value) ?? null)}>
          <option value="">No event (show levels)</option>
          {kindGroups.map(([kind, label]) => (
            <optgroup key={kind} label={label}>
              {events
                .filter((e) => e.kind === kind)
                .map((e) => (
                  <option key={e.id} value={eventKey(e) ?? ''}>
                    {formatDateTime(e.at, zone, e.precision)} · {e.label}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      </label>
      <label className="flex flex-col">
        <span className="text-muted">Time window</span>
        <select className="btn" value={windowKind} onChange={(e) => setWindowKind(e.target.value as WindowKind)}>
          {(Object.keys(windowLabels) as WindowKind[]).map((kind) => (
            <option key={kind} value={kind} disabled={kind !== 'round' && !event}>
              {windowLabels[kind]}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="btn" onClick={exportSeries} disabled={preparedList.every((s) => !s)}>
        Export series (CSV)
      </button>
      <button type="button" className="btn" disabled={!event} onClick={() => event && downloadCsv('market-reaction.csv', reactionCsvRows(event, reactionRows))}>
        Export reaction table (CSV)
      </button>
    </div>
  )

  const body = () => {
    if (markets.data && instruments.length === 0) {
      return <p className="text-sm text-muted">The feed lists no market instruments.</p>
    }
    if (markets.data) {
      return (
        <>
          {markets.error && <RefreshFailedMark error={markets.error} lastSuccess={markets.dataUpdatedAt} />}
          <DroppedRecordsNote problems={markets.data.problems} noun="instrument" />
          {controls}
          <SnapshotStrip instruments={instruments} zone={zone} />
          <div className="mt-2">
            {event ? (
              <ReactionTable event={event} rows={reactionRows} zone={zone} />
            ) : (
              <p className="text-xs text-muted">
                Choose a session, development or quote (here, on the timeline or on a chart's markers) to rebase every panel to 0% at that moment and see each instrument's reaction.
              </p>
            )}
          </div>
          <div ref={setChartsBox} className="mt-2 grid grid-cols-1 gap-2 sm:grid-cols-2">
            {instruments.map((instrument, i) =>
              i < mounted ? (
                <InstrumentCard
                  key={instrument.id}
                  instrument={instrument}
                  colorVar={colorVars[i % colorVars.length]!}
                  series={{ data: seriesResults[i]?.data, error: seriesResults[i]?.error, dataUpdatedAt: seriesResults[i]?.dataUpdatedAt ?? 0, refetch: () => void seriesResults[i]?.refetch() }}
                  domain={domain}
                  ticks={ticks}
                  formatTick={formatTick}
                  zone={zone}
                  event={event}
                  reaction={reactions[i] ?? null}
                  events={events}
                  sessionBands={sessionBands}
                  selectedKey={selectedKey}
                  onSelectEvent={onSelect}
                />
              ) : (
                <div key={instrument.id} className="rounded border border-line p-2" style={{ minHeight: cardHeight }}>
                  <Skeleton label={`Loading the ${instrument.shortName} chart`} rows={1} rowHeight={`${cardHeight - 20}px`} />
                </div>
              ),
            )}
          </div>
          <div className="mt-2">
            {mounted > instruments.length ? (
              <ComparisonChart
                inputs={comparisonInputs}
                event={event}
                domain={domain}
                ticks={ticks}
                formatTick={formatTick}
                zone={zone}
              />
            ) : (
              <div className="rounded border border-line" style={{ minHeight: 290 }} />
            )}
          </div>
        </>
      )
    }
    if (markets.error) return <QueryError what="the markets" error={markets.error} onRetry={() => void markets.refetch()} />
    return <Skeleton label="Loading the markets" rows={6} />
  }

  return (
    <Panel id="markets" title="Market reaction">
      {body()}
    </Panel>
  )
}
