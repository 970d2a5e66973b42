import type { Instrument, Series } from '../../feed/schemas/types'
import { indexAtOrAfter, indexAtOrBefore, type Basis } from '../../lib/rebase'
import { maxTradingDays, tradingSessionsBetween } from '../../feed/trading-hours'
import type { TimePoint } from '../../lib/lttb'
import { pointsInOrder } from '../../feed/series-times'
import { cadenceOfPoints, type Cadence } from '../../lib/cadence'
import { mergeSpans } from '../../lib/merge-spans'

/** A series with times as epoch milliseconds, in time order. */
export type PreparedSeries = {
  instrumentId: string
  basis: Basis
  illustrative: boolean
  note: string | null
  /** When the close the series is measured from was (the feed's `reference.at`, ms); null if unreadable. */
  referenceAt?: number | null
  /** Declared by the feed or inferred from the spacing of the points (see seriesCadence). */
  cadence?: Cadence
  points: readonly TimePoint[]
}

/** A row drawn by a chart: `v: null` breaks the line (a closed market). */
export type ChartRow = { t: number; v: number | null }

export type Span = readonly [from: number, to: number]

export function prepareSeries(series: Series): PreparedSeries {
  // Parsed and put in order once per series; a replay's cut reuses the series' parsed times.
  const points = pointsInOrder(series.points)
  return {
    instrumentId: series.instrumentId,
    basis: series.basis,
    illustrative: series.illustrative,
    note: series.note ?? null,
    referenceAt: timeOrNull(series.reference.at),
    cadence: cadenceOfPoints(points, series.interval),
    points,
  }
}

function timeOrNull(iso: string): number | null {
  const t = Date.parse(iso)
  return Number.isFinite(t) ? t : null
}

/** The series' cadence, inferred from its points when it was prepared without one. */
export function seriesCadence(series: Pick<PreparedSeries, 'cadence' | 'points'>): Cadence {
  return series.cadence ?? cadenceOfPoints(series.points)
}

/** The points inside [from, to]: the same list when they all are (a tick series is not copied). */
export function sliceWindow<P extends { t: number }>(
  points: readonly P[],
  [from, to]: Span,
): readonly P[] {
  const start = indexAtOrAfter(points, from)
  const end = indexAtOrBefore(points, to)
  if (start < 0 || end < start) return []
  if (start === 0 && end === points.length - 1) return points
  return points.slice(start, end + 1)
}

/**
 * The market's trading sessions overlapping [from, to], as epoch-ms spans. Over a window longer
 * than a trading-hours walk covers, a night is under a pixel wide: the window is one span.
 */
export function tradingSpans(
  instrument: Pick<Instrument, 'tradingHours' | 'timeZone'>,
  [from, to]: Span,
): Span[] {
  if (to - from > (maxTradingDays - 2) * 86_400_000) return [[from, to]]
  return tradingSessionsBetween(
    new Date(from),
    new Date(to),
    instrument.tradingHours,
    instrument.timeZone,
  ).map(([open, close]) => [open.getTime(), close.getTime()] as const)
}

/** The closed hours inside [from, to]: the gaps between trading sessions. */
export function closedSpans(trading: readonly Span[], [from, to]: Span): Span[] {
  const closed: Span[] = []
  let cursor = from
  for (const [open, close] of mergeSpans(trading)) {
    if (open > cursor) closed.push([cursor, Math.min(open, to)])
    cursor = Math.max(cursor, close)
    if (cursor >= to) break
  }
  if (cursor < to) closed.push([cursor, to])
  return closed.filter(([a, b]) => b > a)
}

function sessionIndex(spans: readonly Span[], t: number): number {
  // A point at the close belongs to the session it closes.
  for (let i = 0; i < spans.length; i++) if (spans[i]![0] <= t && t <= spans[i]![1]) return i
  return -1
}

/**
 * Rows for drawing: a `null` between two points that are not in the same trading session, so the
 * line stops at the close and starts again at the next open, never crossing the night.
 */
export function insertBreaks(points: readonly TimePoint[], trading: readonly Span[]): ChartRow[] {
  const spans = mergeSpans(trading)
  const rows: ChartRow[] = []
  let previous = -2
  points.forEach((point, i) => {
    const current = sessionIndex(spans, point.t)
    if (i > 0 && current !== previous) rows.push({ t: (points[i - 1]!.t + point.t) / 2, v: null })
    rows.push({ t: point.t, v: point.v })
    previous = current
  })
  return rows
}

/** Whether the market trades at `t`. */
export function isOpenAt(trading: readonly Span[], t: number): boolean {
  return trading.some(([open, close]) => open <= t && t < close)
}
