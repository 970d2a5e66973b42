// Longer than 200 lines: one Recharts chart whose axes, lines, event line, drag-zoom, hover line,
// legend toggles and table view share its measured width and visible-lines state.
import { memo, useDeferredValue, useId, useMemo, useState } from 'react'
import {
  Line,
  LineChart,
  ReferenceArea,
  ReferenceDot,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'
import { ChartContainer, seriesColor, type ChartConfig } from '../../components/chart'
import { indexAtOrAfter } from '../../lib/rebase'
import { axisValue, moveWords, signedPercent } from './format-market'
import { axisTick, plotInset, timeAxisProps, valueAxisProps } from './market-chart'
import { DataTableView, timeColumn } from './data-table-view'
import type { MarketEvent } from './market-events'
import type { Span } from './series-view'
import { moveUnit } from './move-unit'
import { useElementWidth } from './use-element-width'
import { useAxisTicks } from './use-axis-ticks'
import { useDragZoom } from './use-drag-zoom'
import { ComparisonTooltip, comparisonLines, type ComparisonInput } from './comparison-lines'

import { ComparisonLegend } from './comparison-legend'
import { HoverLine } from './hover-line'

/** Every instrument rebased to the chosen moment on one chart, each with a toggle. */
export const ComparisonChart = memo(function ComparisonChart({
  inputs: urgentInputs,
  event,
  domain,
  zone,
  onZoom,
  onResetZoom,
}: {
  inputs: readonly ComparisonInput[]
  event: MarketEvent | null
  domain: Span
  zone: string
  /** Drag across the chart to zoom every panel; double-click to reset. */
  onZoom?: (from: number, to: number) => void
  onResetZoom?: () => void
}) {
  // New data is drawn in a transition (time-sliced), the previous lines shown meanwhile.
  const inputs = useDeferredValue(urgentInputs)
  const zoom = useDragZoom(onZoom, onResetZoom)
  const titleId = useId()
  const tableId = useId()
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set())
  const [showTable, setShowTable] = useState(false)
  const [boxRef, width, exactWidth] = useElementWidth<HTMLDivElement>(480)
  const { ticks, formatTick } = useAxisTicks(domain, exactWidth, zone)

  const lines = useMemo(
    () => comparisonLines(inputs, event, domain, width),
    [inputs, event, domain, width],
  )

  const visible = lines.filter((l) => !hidden.has(l.instrument.id))
  const config: ChartConfig = Object.fromEntries(
    inputs.map((i) => [i.instrument.id, { label: i.instrument.name, color: i.colorVar }]),
  )
  const baseWords = event ? event.label : 'the start of the window'
  const ends = visible
    .map((l) => ({ name: l.instrument.shortName, last: l.full.at(-1)?.v }))
    .filter((e): e is { name: string; last: number } => e.last !== undefined)
  const summary =
    ends.length === 0
      ? `No instrument has traded since ${baseWords} in this window.`
      : `Since ${baseWords}: ${ends.map((e) => `${e.name} ${moveWords(e.last)}`).join(', ')} (at the end of the window).`
  const inBp = inputs.filter((i) => i.series && moveUnit(i.instrument, i.series.basis) === 'bp')
  const missing = inputs.filter(
    (i) => i.series && !inBp.includes(i) && !lines.some((l) => l.instrument.id === i.instrument.id),
  )
  const illustrative = lines.filter((l) => l.illustrative)
  const tableTimes = useMemo(
    () =>
      [...new Set(visible.flatMap((l) => l.rows.filter((r) => r.v !== null).map((r) => r.t)))].sort(
        (a, b) => a - b,
      ),
    [visible],
  )

  return (
    <section aria-labelledby={titleId} className="rounded border border-line p-2">
      <header className="flex flex-wrap items-center gap-2">
        <h3 id={titleId} className="text-sm font-semibold">
          All instruments rebased to {baseWords}
        </h3>
        {illustrative.length > 0 && (
          <span className="rounded border border-warn px-1.5 py-0.5 text-xs leading-none text-warn">
            {illustrative.length === lines.length
              ? 'Illustrative paths'
              : `Illustrative: ${illustrative.map((l) => l.instrument.shortName).join(', ')}`}
          </span>
        )}
        <button
          type="button"
          className="btn ml-auto"
          aria-label={`${showTable ? 'Hide' : 'Show'} table of the comparison`}
          aria-expanded={showTable}
          aria-controls={tableId}
          onClick={() => setShowTable((v) => !v)}
        >
          {showTable ? 'Hide table' : 'Table'}
        </button>
      </header>
      <p className="text-xs break-words">{summary}</p>
      <ComparisonLegend inputs={inputs} hidden={hidden} onChange={setHidden} />
      <div ref={boxRef} className="relative mt-1">
        <HoverLine domain={domain} width={exactWidth} height={200} />
        <div
          onDoubleClick={zoom.onDoubleClick}
          className={onZoom ? 'cursor-crosshair select-none' : undefined}
        >
          <ChartContainer config={config} height={200}>
            <LineChart
              margin={{ top: plotInset.top, right: 0, bottom: 0, left: plotInset.left }}
              accessibilityLayer
              title="All instruments rebased"
              onMouseDown={zoom.handlers.onMouseDown}
              onMouseMove={zoom.handlers.onMouseMoveDrag}
              onMouseUp={zoom.handlers.onMouseUp}
              onMouseLeave={zoom.handlers.onMouseLeave}
            >
              <XAxis {...timeAxisProps(domain, ticks, formatTick)} />
              <YAxis
                {...valueAxisProps}
                tickFormatter={(v: number) => axisValue(v, true)}
                tick={axisTick}
                tickCount={5}
              />
              <ReferenceLine y={0} stroke="var(--muted)" />
              {event && (
                <ReferenceLine
                  x={event.at}
                  stroke="var(--accent)"
                  strokeWidth={2}
                  ifOverflow="hidden"
                />
              )}
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
                  <ReferenceDot
                    key={`${line.instrument.id}${p.t}`}
                    x={p.t}
                    y={p.v}
                    r={2.5}
                    fill={seriesColor(line.instrument.id)}
                    stroke="none"
                    ifOverflow="hidden"
                  />
                )),
              )}
              {zoom.area && (
                <ReferenceArea
                  x1={zoom.area.x1}
                  x2={zoom.area.x2}
                  fill="var(--accent)"
                  fillOpacity={0.15}
                  ifOverflow="hidden"
                />
              )}
              <Tooltip
                content={<ComparisonTooltip lines={visible} zone={zone} />}
                isAnimationActive={false}
                cursor={{ stroke: 'var(--muted)' }}
              />
            </LineChart>
          </ChartContainer>
        </div>
      </div>
      {inBp.length > 0 && (
        <p className="mt-1 text-[11px] text-muted">
          Not on this % chart (moves in basis points, see their own charts):{' '}
          {inBp.map((m) => m.instrument.shortName).join(', ')}.
        </p>
      )}
      {missing.length > 0 && (
        <p className="mt-1 text-[11px] text-muted">
          Not on the chart (no trade since {baseWords} in this window):{' '}
          {missing.map((m) => m.instrument.shortName).join(', ')}.
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
})
