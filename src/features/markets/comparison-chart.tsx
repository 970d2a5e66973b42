import { useId, useMemo, useState } from 'react'
import { Line, LineChart, ReferenceDot, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts'
import type { Instrument } from '../../feed/schemas/types'
import { ChartContainer, seriesColor, type ChartConfig } from '../../components/chart'
import type { TimePoint } from '../../lib/lttb'
import { indexAtOrAfter, indexAtOrBefore, rebaseSeries } from '../../lib/rebase'
import { formatDateTime } from '../../lib/format-time'
import { axisValue, moveWords, signedPercent } from './format-market'
import { axisTick, plotInset } from './market-chart'
import { DataTableView, timeColumn } from './data-table-view'
import type { MarketEvent } from './market-events'
import type { Reaction } from './reaction'
import { isOpenAt, seriesCadence, sliceWindow, tradingSpans, type ChartRow, type PreparedSeries, type Span } from './series-view'
import { drawSeries } from './draw-rows'
import { moveUnit } from './move-unit'
import { useElementWidth } from './use-element-width'
import { useAxisTicks } from './use-axis-ticks'

export type ComparisonInput = { instrument: Instrument; colorVar: string; series: PreparedSeries | undefined; reaction: Reaction | null }

type Line = {
  instrument: Instrument
  rows: ChartRow[]
  lone: TimePoint[]
  full: TimePoint[]
  /** Null for daily closes: the last close is in force between them. */
  trading: readonly Span[] | null
  illustrative: boolean
}

function ComparisonTooltip({ active, label, lines, zone }: { active?: boolean; label?: number | string; lines: readonly Line[]; zone: string }) {
  const t = Number(label)
  if (!active || !Number.isFinite(t)) return null
  return (
    <div className="rounded border border-line bg-surface px-2 py-1 text-xs shadow-lg">
      <p className="text-muted">{formatDateTime(t, zone)}</p>
      {lines.map((line) => {
        const i = indexAtOrBefore(line.full, t)
        const point = line.full[i]
        return (
          <p key={line.instrument.id} className="font-mono">
            <span style={{ color: seriesColor(line.instrument.id) }} aria-hidden="true">
              ■{' '}
            </span>
            {line.instrument.shortName}: {point ? signedPercent(point.v) : 'not traded yet'}
            {point && line.trading !== null && !isOpenAt(line.trading, t) ? ' (closed)' : ''}
          </p>
        )
      })}
    </div>
  )
}

/** Every instrument rebased to the chosen moment on one chart, each with a toggle. */
export function ComparisonChart({
  inputs,
  event,
  domain,
  zone,
}: {
  inputs: readonly ComparisonInput[]
  event: MarketEvent | null
  domain: Span
  zone: string
}) {
  const titleId = useId()
  const tableId = useId()
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set())
  const [showTable, setShowTable] = useState(false)
  const [boxRef, width] = useElementWidth<HTMLDivElement>(480)
  const { ticks, formatTick } = useAxisTicks(domain, width, zone)

  const lines = useMemo(() => {
    const out: Line[] = []
    for (const { instrument, series, reaction } of inputs) {
      // Yields move in basis points, not on this chart's % scale.
      if (!series || moveUnit(instrument, series.basis) === 'bp') continue
      const inWindow = sliceWindow(series.points, domain)
      // Rebased to the event (or the next open), or without an event to the first value shown.
      const baseValue = event ? reaction?.baseValue ?? null : inWindow[0]?.v ?? null
      if (baseValue === null || inWindow.length === 0) continue
      const full = rebaseSeries(inWindow, baseValue, series.basis)
      const cadence = seriesCadence(series)
      const trading = cadence.kind === 'intraday' ? tradingSpans(instrument, domain) : null
      const { rows, lone } = drawSeries(full, trading ?? [], cadence, Math.max(width - 60, 40))
      out.push({ instrument, full, trading, illustrative: series.illustrative, rows, lone })
    }
    return out
  }, [inputs, event, domain, width])

  const visible = lines.filter((l) => !hidden.has(l.instrument.id))
  const config: ChartConfig = Object.fromEntries(inputs.map((i) => [i.instrument.id, { label: i.instrument.name, color: i.colorVar }]))
  const baseWords = event ? event.label : 'the start of the window'
  const ends = visible
    .map((l) => ({ name: l.instrument.shortName, last: l.full.at(-1)?.v }))
    .filter((e): e is { name: string; last: number } => e.last !== undefined)
  const summary =
    ends.length === 0
      ? `No instrument has traded since ${baseWords} in this window.`
      : `Since ${baseWords}: ${ends.map((e) => `${e.name} ${moveWords(e.last)}`).join(', ')} (at the end of the window).`
  const inBp = inputs.filter((i) => i.series && moveUnit(i.instrument, i.series.basis) === 'bp')
  const missing = inputs.filter((i) => i.series && !inBp.includes(i) && !lines.some((l) => l.instrument.id === i.instrument.id))
  const illustrative = lines.filter((l) => l.illustrative)
  const tableTimes = useMemo(() => [...new Set(visible.flatMap((l) => l.rows.filter((r) => r.v !== null).map((r) => r.t)))].sort((a, b) => a - b), [visible])

  return (
    <section aria-labelledby={titleId} className="rounded border border-line p-2">
      <header className="flex flex-wrap items-center gap-2">
        <h3 id={titleId} className="text-sm font-semibold">
          All instruments rebased to {baseWords}
        </h3>
        {illustrative.length > 0 && (
          <span className="rounded border border-warn px-1.5 py-0.5 text-xs leading-none text-warn">
            {illustrative.length === lines.length ? 'Illustrative paths' : `Illustrative: ${illustrative.map((l) => l.instrument.shortName).join(', ')}`}
          </span>
        )}
        <button type="button" className="btn ml-auto" aria-label={`${showTable ? 'Hide' : 'Show'} table of the comparison`}
          aria-expanded={showTable} aria-controls={tableId} onClick={() => setShowTable((v) => !v)}>
          {showTable ? 'Hide table' : 'Table'}
        </button>
      </header>
      <p className="truncate text-xs" title={summary}>
        {summary}
      </p>
      <fieldset className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-xs">
        <legend className="sr-only">Instruments shown on the comparison chart</legend>
        {inputs.map(({ instrument, colorVar }) => (
          <label key={instrument.id} className="inline-flex items-center gap-1">
            <input
              type="checkbox"
              style={{ accentColor: colorVar }}
              checked={!hidden.has(instrument.id)}
              onChange={() =>
                setHidden((current) => {
                  const next = new Set(current)
                  if (next.has(instrument.id)) next.delete(instrument.id)
                  else next.add(instrument.id)
                  return next
                })
              }
            />
            {instrument.shortName}
          </label>
        ))}
      </fieldset>
      <div ref={boxRef} className="mt-1">
        <ChartContainer config={config} height={200}>
          <LineChart margin={{ top: 6, right: plotInset.right, bottom: 0, left: 0 }} accessibilityLayer title="All instruments rebased">
            <XAxis dataKey="t" type="number" scale="time" domain={domain as [number, number]} ticks={ticks as number[]} tickFormatter={formatTick} tick={axisTick} tickLine={false} interval={0} height={18} stroke="var(--line)" />
            <YAxis width={plotInset.left} tickFormatter={(v: number) => axisValue(v, true)} tick={axisTick} tickLine={false} interval={0} axisLine={false} tickCount={5} stroke="var(--line)" />
            <ReferenceLine y={0} stroke="var(--muted)" />
            {event && <ReferenceLine x={event.at} stroke="var(--accent)" strokeWidth={2} ifOverflow="hidden" />}
            {visible.map((line) => (
              <Line
                key={line.instrument.id}
                data={line.rows}
                dataKey="v"
                name={line.instrument.shortName}
                stroke={seriesColor(line.instrument.id)}
                strokeWidth={1.5}
                dot={false}
                connectNulls={false}
                isAnimationActive={false}
              />
            ))}
            {visible.flatMap((line) =>
              line.lone.map((p) => (
                <ReferenceDot key={`${line.instrument.id}${p.t}`} x={p.t} y={p.v} r={2.5} fill={seriesColor(line.instrument.id)} stroke="none" ifOverflow="hidden" />
              )),
            )}
            <Tooltip content={<ComparisonTooltip lines={visible} zone={zone} />} isAnimationActive={false} cursor={{ stroke: 'var(--muted)' }} />
          </LineChart>
        </ChartContainer>
      </div>
      {inBp.length > 0 && (
        <p className="mt-1 text-[11px] text-muted">
          Not on this % chart (moves in basis points, see their own charts): {inBp.map((m) => m.instrument.shortName).join(', ')}.
        </p>
      )}
      {missing.length > 0 && (
        <p className="mt-1 text-[11px] text-muted">
          Not on the chart (no trade since {baseWords} in this window): {missing.map((m) => m.instrument.shortName).join(', ')}.
        </p>
      )}
      {showTable && (
        <DataTableView
          id={tableId}
          caption={`All instruments, % since ${baseWords}`}
          count={tableTimes.length}
          columns={[
            timeColumn(tableTimes, zone),
            ...visible.map((line) => ({
              header: line.instrument.shortName,
              cell: (row: number) => {
                const t = tableTimes[row] ?? 0
                const i = indexAtOrAfter(line.full, t)
                const point = line.full[i]
                return point && point.t === t ? signedPercent(point.v) : ''
              },
            })),
          ]}
        />
      )}
    </section>
  )
}
