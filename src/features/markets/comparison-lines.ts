import type { Instrument } from '../../feed/schemas/types'
import type { TimePoint } from '../../lib/lttb'
import { indexAtOrBefore, percentMove, rebaseSeries } from '../../lib/rebase'
import { formatDateTime } from '../../lib/format-time'
import type { MarketEvent } from './market-events'
import type { Reaction } from './reaction'
import {
  isOpenAt,
  seriesCadence,
  sliceWindow,
  tradingSpans,
  type ChartRow,
  type PreparedSeries,
  type Span,
} from './series-view'
import { drawSeries } from './draw-rows'
import { formatMove, moveUnit } from '../../lib/move-unit'
import { valueExtent } from '../../lib/extent'
import { valueScale, type ValueScale } from './value-scale'

export type ComparisonInput = {
  instrument: Instrument
  colorVar: string
  /** Its dash (chartDash) where the colours run out; undefined: solid. */
  dash?: string
  series: PreparedSeries | undefined
  /** The series could not be loaded (undefined `series` is otherwise still loading). */
  failed: boolean
  reaction: Reaction | null
}

export type Line = {
  instrument: Instrument
  color: string
  dash: string | undefined
  rows: ChartRow[]
  lone: TimePoint[]
  /** Every point in the window as % since the base: made when first read (a hover, the table). */
  readonly full: TimePoint[]
  /** The price in force as the window opens (the last before it), as % since the base. */
  before?: TimePoint
  /** The lowest and the highest % in the window. */
  range: readonly [number, number]
  /** The % at the end of the window, and the time of that price. */
  last: number
  lastAt: number
  /**
   * Whether the window holds a price after the one counted from: else its % says nothing (one
   * price in the window, or none since the event), never "unchanged".
   */
  moved: boolean
  /** Null for daily closes: the last close is in force between them. */
  trading: readonly Span[] | null
  illustrative: boolean
}

/**
 * Each instrument in % since the event (or the next open), or without an event since the first
 * value shown, drawn by its cadence. Yields (in basis points) and levels that reach zero (in their
 * unit) are left to their own charts.
 */
export function comparisonLines(
  inputs: readonly ComparisonInput[],
  event: MarketEvent | null,
  domain: Span,
  width: number,
): Line[] {
  const out: Line[] = []
  for (const { instrument, colorVar, dash, series, reaction } of inputs) {
    if (!series || moveUnit(instrument, series) !== '%') continue
    const inWindow = sliceWindow(series.points, domain)
    const baseValue = event ? (reaction?.baseValue ?? null) : (inWindow[0]?.v ?? null)
    // When the price counted from was traded: after the event when it is the first since.
    const baseAt = event
      ? (reaction?.basePriceAt ?? reaction?.baseAt ?? null)
      : (inWindow[0]?.t ?? null)
    if (baseValue === null || inWindow.length === 0) continue
    // A % of a level of 0 is not a number: such a line has nothing to draw.
    if (percentMove(baseValue, baseValue, series.basis) === null) continue
    const move = (v: number) => percentMove(baseValue, v, series.basis)!
    const cadence = seriesCadence(series)
    const trading = cadence.kind === 'intraday' ? tradingSpans(instrument, domain) : null
    const drawWidth = Math.max(width - 60, 40)
    const { rows, lone } = drawSeries(inWindow, trading ?? [], cadence, drawWidth, move)
    const [min, max] = valueExtent(inWindow)!
    let full: TimePoint[] | null = null
    const prior = series.points[indexAtOrBefore(series.points, domain[0] - 1)]
    out.push({
      instrument,
      color: colorVar,
      dash,
      get full() {
        return (full ??= rebaseSeries(inWindow, baseValue, series.basis))
      },
      before: prior && { t: prior.t, v: move(prior.v) },
      range: [move(min), move(max)],
      last: move(inWindow.at(-1)!.v),
      lastAt: inWindow.at(-1)!.t,
      moved: baseAt === null || inWindow.at(-1)!.t > baseAt,
      trading,
      illustrative: series.illustrative,
      rows,
      lone,
    })
  }
  return out
}

/**
 * The % scale that holds every line shown, and 0 (the moment they are rebased to); never below
 * −100%, where no price can fall (a step of 200 would otherwise draw a −200% no line reaches).
 * −100% is labelled only half a step or more below the next tick: on a scale stepping by 2,000%
 * (a bad tick 100 times the price) it sits a pixel under 0% and its label would cover that one.
 */
export function comparisonScale(lines: readonly Line[]): ValueScale {
  let [min, max] = [0, 0]
  for (const { range } of lines) [min, max] = [Math.min(min, range[0]), Math.max(max, range[1])]
  const scale = valueScale(min, max)
  if (scale.domain[0] >= -100 || min < -100) return scale
  const step = scale.ticks[1]! - scale.ticks[0]!
  const above = scale.ticks.filter((tick) => tick > -100)
  const ticks = above[0]! + 100 >= step / 2 ? [-100, ...above] : above
  return { ticks, domain: [-100, scale.domain[1]] }
}

/**
 * Each line's move at `t`: the value in force then (the last at or before, in the window or the
 * last before it: a daily close from before the window is not "not traded yet"), or why there is none.
 */
export function movesAt(lines: readonly Line[], t: number) {
  return lines.map((line) => {
    const point =
      line.full[indexAtOrBefore(line.full, t)] ??
      (line.before && line.before.t <= t ? line.before : undefined)
    const closed = point !== undefined && line.trading !== null && !isOpenAt(line.trading, t)
    return { line, point, closed }
  })
}

/**
 * "Tue 10 Jun 14:30 BST: S&P 500 +0.12%, Hang Seng Tech −1.10% (closed), …"; `now`, a moment of
 * the page's year, adds the year to a time of another.
 */
export function movesAtWords(
  lines: readonly Line[],
  t: number,
  zone: string,
  now?: number,
): string {
  const moves = movesAt(lines, t).map(
    ({ line, point, closed }) =>
      `${line.instrument.shortName} ${point ? formatMove(point.v, '%') : 'not traded yet'}${closed ? ' (closed)' : ''}`,
  )
  return `${formatDateTime(t, zone, undefined, now)}: ${moves.join(', ')}`
}

/** The series of the lines drawn. */
export function drawnSeries(inputs: readonly ComparisonInput[], lines: readonly Line[]) {
  const drawn = new Set(lines.map((line) => line.instrument.id))
  return inputs.flatMap((input) => (drawn.has(input.instrument.id) ? [input.series] : []))
}
