import type { SigmaMeasure } from '../features/alerts/alert-world'
import { horizonMoves, sigmaOf } from '../features/markets/move-sigma'
import { moveBetween, moveUnit } from '../lib/move-unit'
import { medianStepOf } from '../lib/cadence'

/**
 * Sigma for alerts, by the reaction table's method (docs/reaction-method.md): the move from the
 * event's base to now against every move of the same length in the series (from each point to the
 * last point at or before that much later, within one step of it), the measured one left out.
 */
export const alertSigma: SigmaMeasure = (series, from, to) => {
  const unit = moveUnit(series.instrument ?? {}, series)
  const move = moveBetween(from.v, to.v, series.basis, unit)
  if (move === null) return null
  const step = medianStepOf(series.points)
  const history =
    step > 0
      ? horizonMoves(series.points, to.t - from.t, step, { basis: series.basis, unit }, from.t)
      : []
  const sigma = sigmaOf(move, history)
  // One price step of a series that moves by whole steps is not news, whatever its sigma.
  return { move, unit, z: sigma.smallest ? null : sigma.z }
}
