import { medianStepOf, type Cadence } from '../../lib/cadence'
import type { TimePoint } from '../../lib/lttb'
import { rememberedLttb } from '../../lib/remembered-lttb'
import { type ChartRow, type Span } from './series-view'
import { mergeSpans } from '../../lib/merge-spans'

const MINUTE = 60_000
const DAY = 86_400_000
/** Gaps narrower than this (at one drawn point a pixel), or than this share of the span, are joined. */
const bridgePx = 6
const bridgeShare = 0.01

/** What a chart draws of a series: rows for the line (`v: null` breaks it), lone points as dots. */
export type DrawnSeries<P extends TimePoint> = {
  rows: ChartRow[]
  /** The points kept for drawing, in time order. */
  drawn: P[]
  /** Points with no neighbour to join: a line cannot show them, a dot does. */
  lone: P[]
}

/** For each point (in time order), the index of the merged trading span holding it, or -1. */
function sessionOf(points: readonly TimePoint[], spans: readonly Span[]): Int32Array {
  const out = new Int32Array(points.length).fill(-1)
  let s = 0
  for (let i = 0; i < points.length; i++) {
    const t = points[i]!.t
    // A point at the close belongs to the session it closes.
    while (s < spans.length && spans[s]![1] < t) s++
    if (s < spans.length && spans[s]![0] <= t) out[i] = s
  }
  return out
}

/**
 * Whether the line may join two neighbouring points `gap` ms apart. Never breaks at a gap of up to
 * twice the step (so two or more points in view always draw some line). Intraday: breaks where the
 * market closed between them, or at a halt longer than ten steps (at least 15 min). Daily: breaks at
 * more than 5.5 days without a close (a weekend with a holiday is 4). Coarser: beyond 2.5 steps.
 */
function joins(gap: number, sameSession: boolean, kind: Cadence['kind'], step: number): boolean {
  if (gap <= 2 * step) return true
  if (kind === 'intraday') return sameSession && gap <= Math.max(10 * step, 15 * MINUTE)
  if (kind === 'daily') return gap <= 5.5 * DAY
  return gap <= 2.5 * step
}

/** Splits points (in time order) where the line must break, by the series' cadence. */
export function segmentPoints<P extends TimePoint>(
  points: readonly P[],
  trading: readonly Span[],
  cadence: Cadence,
  /** A gap no longer than this is joined whatever the cadence says (narrower than the eye sees). */
  bridgeMs = 0,
): (readonly P[])[] {
  if (points.length === 0) return []
  const step = Math.max(cadence.stepMs, medianStepOf(points))
  const sessions = cadence.kind === 'intraday' ? sessionOf(points, mergeSpans(trading)) : null
  const segments: (readonly P[])[] = []
  let start = 0
  for (let i = 1; i < points.length; i++) {
    const gap = points[i]!.t - points[i - 1]!.t
    const sameSession = sessions === null || sessions[i] === sessions[i - 1]
    if (gap > bridgeMs && !joins(gap, sameSession, cadence.kind, step)) {
      segments.push(points.slice(start, i))
      start = i
    }
  }
  // A series drawn in one stretch is not copied.
  segments.push(start === 0 ? points : points.slice(start))
  return segments
}

/**
 * Rows for a chart: each unbroken stretch downsampled to its share of `budget` points (about one a
 * pixel), a null row between stretches, and the stretches of a single instant as lone dots.
 * With `move` (a rebase: an increasing linear map of the values), the points are thinned first and
 * only those kept are moved. Thinning picks the same points either way, and a tick series is not
 * copied whole at every step of a replay.
 */
export function drawSeries<P extends TimePoint>(
  points: readonly P[],
  trading: readonly Span[],
  cadence: Cadence,
  budget: number,
): DrawnSeries<P>
export function drawSeries(
  points: readonly TimePoint[],
  trading: readonly Span[],
  cadence: Cadence,
  budget: number,
  move: (v: number) => number,
): DrawnSeries<TimePoint>
export function drawSeries<P extends TimePoint>(
  points: readonly P[],
  trading: readonly Span[],
  cadence: Cadence,
  budget: number,
  move?: (v: number) => number,
): DrawnSeries<P | TimePoint> {
  const moved = move ? (p: P): P | TimePoint => ({ t: p.t, v: move(p.v) }) : (p: P) => p
  // A break a few pixels wide reads as a dashed line (an hourly FX series over a year, broken
  // every weekend), not as the market closed: so narrow a gap is joined.
  const span = points.length > 1 ? points.at(-1)!.t - points[0]!.t : 0
  const bridgeMs = Math.max((bridgePx * span) / Math.max(1, budget), span * bridgeShare)
  const segments = segmentPoints(points, trading, cadence, bridgeMs)
  const rows: ChartRow[] = []
  const drawn: (P | TimePoint)[] = []
  const lone: (P | TimePoint)[] = []
  segments.forEach((segment, i) => {
    const kept = rememberedLttb(
      segment,
      Math.max(2, Math.floor((budget * segment.length) / points.length)),
    )
    if (i > 0) rows.push({ t: (segments[i - 1]!.at(-1)!.t + segment[0]!.t) / 2, v: null })
    for (const p of kept) {
      const point = moved(p)
      rows.push({ t: point.t, v: point.v })
      drawn.push(point)
    }
    if (segment[0]!.t === segment.at(-1)!.t) lone.push(drawn.at(-1)!)
  })
  return { rows, drawn, lone }
}
