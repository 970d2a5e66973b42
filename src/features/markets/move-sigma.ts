import type { TimePoint } from '../../lib/lttb'
import type { Basis } from '../../lib/rebase'
import { moveBetween, type MoveUnit } from '../../lib/move-unit'
import { withoutBadTicks } from './bad-tick-moves'

/** Fewer observations than this give no figure: "not enough history". */
export const minObservations = 20
/** A move beyond this many standard deviations is marked unusual. */
export const unusualSigma = 2

/** A move's size against the series' own moves over the same horizon. */
export type Sigma = {
  /** How many moves of that horizon the series holds (the measured one and bad ticks left out). */
  n: number
  /** Their standard deviation, null under `minObservations`. */
  sd: number | null
  /** The move in standard deviations, null without `sd` (or when it is 0). */
  z: number | null
  /**
   * The move is no larger than the smallest move in its history (within half of it): one price
   * step of a series that moves by whole steps (a thinly traded stock). Its sigma, against a
   * history of mostly no moves, is large and says nothing: never marked unusual.
   */
  smallest: boolean
}

/** The smallest move of a history other than none, or null when it never moved. */
function smallestMove(history: readonly number[]): number | null {
  let least = Infinity
  for (const v of history) if (v !== 0 && Math.abs(v) < least) least = Math.abs(v)
  return least === Infinity ? null : least
}

/** Sample standard deviation (n − 1), or null for fewer than `minObservations` values. */
export function standardDeviation(values: readonly number[]): number | null {
  const n = values.length
  if (n < minObservations) return null
  let mean = 0
  for (const v of values) mean += v
  mean /= n
  let sum = 0
  for (const v of values) sum += (v - mean) ** 2
  return Math.sqrt(sum / (n - 1))
}

/** `move` against `history` (the moves of the same horizon), bad ticks left out of the history. */
export function sigmaOf(move: number, history: readonly number[]): Sigma {
  const usual = withoutBadTicks(history)
  const sd = standardDeviation(usual)
  const least = sd === null || sd === 0 ? null : smallestMove(usual)
  return {
    n: usual.length,
    sd,
    z: sd === null || sd === 0 ? null : move / sd,
    smallest: least !== null && move !== 0 && Math.abs(move) <= 1.5 * least,
  }
}

type Context = { basis: Basis; unit: MoveUnit }

/**
 * Every k-step move in a list of closes (overlapping: close i to close i + k), leaving out the one
 * starting at `skip` (the measured move itself).
 */
export function stepMoves(
  closes: readonly TimePoint[],
  k: number,
  { basis, unit }: Context,
  skip = -1,
): number[] {
  const out: number[] = []
  for (let i = 0; i + k < closes.length; i++) {
    if (i === skip) continue
    const move = moveBetween(closes[i]!.v, closes[i + k]!.v, basis, unit)
    if (move !== null) out.push(move)
  }
  return out
}

/**
 * Every move over `horizonMs` in an intraday series: from each point to the last point at or before
 * its horizon, counted only when that point is within one step of the horizon (a horizon that falls
 * in closed hours or a halt reads a stale value, and is left out).
 */
export function horizonMoves(
  points: readonly TimePoint[],
  horizonMs: number,
  stepMs: number,
  context: Context,
  skipAt: number | null = null,
): number[] {
  const out: number[] = []
  let j = 0
  for (let i = 0; i < points.length; i++) {
    const target = points[i]!.t + horizonMs
    if (j < i) j = i
    while (j + 1 < points.length && points[j + 1]!.t <= target) j++
    if (j <= i || points[j]!.t < target - stepMs || points[i]!.t === skipAt) continue
    const move = moveBetween(points[i]!.v, points[j]!.v, context.basis, context.unit)
    if (move !== null) out.push(move)
  }
  return out
}

/** The last point of each trading day (by the calendar date in the market's zone). */
export function dailyCloses(
  points: readonly TimePoint[],
  dateOf: (t: number) => string,
): TimePoint[] {
  const closes: TimePoint[] = []
  let lastDate = ''
  for (const p of points) {
    const date = dateOf(p.t)
    if (date === lastDate) closes[closes.length - 1] = p
    else closes.push(p)
    lastDate = date
  }
  return closes
}
