import type { SigmaMeasure } from '../features/alerts/alert-world'
import { horizonMoves, sigmaOf } from '../features/markets/move-sigma'
import { moveBetween, moveUnit } from '../lib/move-unit'

/** The series' usual step: the median gap between its points. */
function medianStep(points: readonly { t: number }[]): number {
  const gaps: number[] = []
  for (let i = 1; i < points.length; i++) gaps.push(points[i]!.t - points[i - 1]!.t)
  gaps.sort((a, b) => a - b)
  return gaps[gaps.length >> 1] ?? 0
}

/**
 * Sigma for alerts, by the reaction table's method (docs/reaction-method.md): the move from the
 * event's base to now against every move of the same length in the series (from each point to the
 * last point at or before that much later, within one step of it), the measured one left out.
 */
export const alertSigma: SigmaMeasure = (series, from, to) => {
  const unit = moveUnit(series.instrument ?? {}, series)
  const move = moveBetween(from.v, to.v, series.basis, unit)
  if (move === null) return null
  const step = medianStep(series.points)
  const history =
    step > 0
      ? horizonMoves(series.points, to.t - from.t, step, { basis: series.basis, unit }, from.t)
      : []
  return { move, unit, z: sigmaOf(move, history).z }
}
