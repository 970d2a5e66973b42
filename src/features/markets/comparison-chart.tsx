import { memo, useCallback, useDeferredValue, useId, useMemo, useState } from 'react'
import {
  comparisonSummary,
  notOnTheChart,
  notOnTheChartWords,
  whyNotDrawn,
} from './comparison-words'
import type { MarketEvent } from './market-events'
import type { ChartRow, Span } from './series-view'
import { useElementWidth } from '../../hooks/use-element-width'
import { useThisYear } from '../../hooks/clock-context'
import { finestTickOfAll, useAxisTicks } from './use-axis-ticks'
import { sameItems, useStableValue } from '../../hooks/use-stable-value'
import {
  comparisonLines,
  comparisonScale,
  drawnSeries,
  movesAtWords,
  type ComparisonInput,
} from './comparison-lines'
import { ComparisonLegend, type NotDrawn } from './comparison-legend'
import { useLinePick } from './line-pick'
import { ComparisonPlot } from './comparison-plot'
import { ComparisonReadout } from './comparison-readout'
import { ComparisonNotes, notOnNoteId } from './comparison-notes'
import { ComparisonTable } from './comparison-table'
import { CutWords } from './cut-words'
import { withWholeName } from './whole-name'

const plotHeight = 200

/** Every instrument rebased to the chosen moment on one chart, each with a toggle. */
export const ComparisonChart = memo(function ComparisonChart({
  inputs: urgentInputs,
  event,
  domain,
  zone,
  onZoom,
  onResetZoom,
  initialWidth,
}: {
  inputs: readonly ComparisonInput[]
  event: MarketEvent | null
  domain: Span
  zone: string
  /** Drag across the chart to zoom every panel; double-click to reset. */
  onZoom?: (from: number, to: number) => void
  onResetZoom?: () => void
  /** Its placeholder's width, when read before it mounted: the chart draws at it at once. */
  initialWidth?: number
}) {
  // New data is drawn in a transition (time-sliced), the previous lines shown meanwhile.
  const inputs = useDeferredValue(urgentInputs)
  const titleId = useId()
  const tableId = useId()
  const summaryId = useId()
  const notesId = useId()
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set())
  const [showTable, setShowTable] = useState(false)
  const { picked, pickHandlers } = useLinePick()
  const [boxRef, width, exactWidth] = useElementWidth<HTMLDivElement>(480, 40, initialWidth)
  const thisYear = useThisYear(zone)

  const lines = useMemo(
    () => comparisonLines(inputs, event, domain, width),
    [inputs, event, domain, width],
  )
  const visible = useMemo(() => lines.filter((l) => !hidden.has(l.instrument.id)), [lines, hidden])
  // The lines drawn set the finest time step: daily closes alone get no 12:00 ticks.
  const finest = useMemo(() => finestTickOfAll(drawnSeries(inputs, visible)), [inputs, visible])
  const { ticks, formatTick } = useAxisTicks(domain, exactWidth, zone, finest)
  // Kept while the ticks are the same: a poll inside the scale leaves the axes as they are. The
  // domain may start below the first tick (at −100%, unlabelled).
  const computed = useMemo(() => comparisonScale(visible), [visible])
  const scaleTicks = useStableValue(computed.ticks, sameItems)
  const low = computed.domain[0]
  const scale = useMemo(
    () => ({ ticks: scaleTicks, domain: [low, scaleTicks.at(-1)!] as [number, number] }),
    [scaleTicks, low],
  )
  const baseWords = event ? event.label : 'the start of the window'
  const summary = comparisonSummary(inputs, lines, visible, event, zone, thisYear)
  // The same words with the event's whole name, where its label is cut with "…": in their
  // tooltips, read by screen readers.
  const named = withWholeName(event)
  const whole = {
    title: `All instruments rebased to ${named ? named.label : baseWords}`,
    summary:
      named === event ? summary : comparisonSummary(inputs, lines, visible, named, zone, thisYear),
    base: named ? named.label : baseWords,
  }
  const title = `All instruments rebased to ${baseWords}`
  const notOn = notOnTheChart(inputs, lines, event)
  const noteWords = new Map(notOnTheChartWords(named))
  const notDrawn = new Map(
    [...whyNotDrawn(inputs, notOn)].map(([id, { key, inSummary }]): [string, NotDrawn] => [
      id,
      {
        describedBy: inSummary ? summaryId : notOnNoteId(notesId, key),
        words: inSummary ? whole.summary : (noteWords.get(key) ?? ''),
        pending: key === 'loading',
      },
    ]),
  )
  const illustrative = lines.filter((l) => l.illustrative)
  const tableTimes = useMemo(
    () =>
      [...new Set(visible.flatMap((l) => l.rows.filter((r) => r.v !== null).map((r) => r.t)))].sort(
        (a, b) => a - b,
      ),
    [visible],
  )
  const stops = useMemo(() => tableTimes.map((t): ChartRow => ({ t, v: 0 })), [tableTimes])
  const describe = useCallback(
    (t: number | null) => (t === null ? whole.summary : movesAtWords(visible, t, zone, thisYear)),
    [whole.summary, visible, zone, thisYear],
  )

  return (
    <section aria-labelledby={titleId} className="rounded border border-line p-2" data-paint-later>
      <header className="flex flex-wrap items-center gap-2">
        <h3
          id={titleId}
          className="text-sm font-semibold"
          title={whole.title !== title ? whole.title : undefined}
        >
          <CutWords shown={title} whole={whole.title} />
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
      <p
        id={summaryId}
        className="text-xs break-words"
        title={whole.summary !== summary ? whole.summary : undefined}
      >
        <CutWords shown={summary} whole={whole.summary} />
      </p>
      <ComparisonLegend
        inputs={inputs}
        hidden={hidden}
        notDrawn={notDrawn}
        onChange={setHidden}
        pickHandlers={pickHandlers}
      />
      <div ref={boxRef} className="mt-1">
        <ComparisonPlot
          lines={visible}
          stops={stops}
          domain={domain}
          ticks={ticks}
          formatTick={formatTick}
          scale={scale}
          eventAt={event?.at ?? null}
          width={exactWidth}
          height={plotHeight}
          describe={describe}
          picked={picked}
          onZoom={onZoom}
          onResetZoom={onResetZoom}
        />
      </div>
      <ComparisonReadout lines={visible} domain={domain} zone={zone} />
      <ComparisonNotes notOn={notOn} event={event} idPrefix={notesId} />
      {showTable && (
        <ComparisonTable
          id={tableId}
          lines={visible}
          times={tableTimes}
          zone={zone}
          thisYear={thisYear}
          base={baseWords}
          wholeBase={whole.base}
        />
      )}
    </section>
  )
})
