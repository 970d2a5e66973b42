import type { CadenceKind } from '../../lib/cadence'
import { indexAtOrBefore } from '../../lib/rebase'
import { sigmaOf, stepMoves } from './move-sigma'
import { moveBetween, type MoveUnit } from '../../lib/move-unit'
import type { Move, Reaction, ReactionMarket } from './reaction'
import type { PreparedSeries } from './series-view'

const notApplicable: Move = { at: null, move: null, na: true, sigma: null }
const notYet: Move = { at: null, move: null, sigma: null }

/**
 * Daily (or coarser) closes: the base is the last close before the event; day 0 is the first close
 * after it, then day 0 + 1 and day 0 + 5 closes (trading days are the closes the series holds, so a
 * holiday is skipped). Each move is sized against every move of the same number of closes.
 */
export function dailyReaction(
  market: ReactionMarket,
  series: PreparedSeries,
  eventAt: number,
  unit: MoveUnit,
  cadence: CadenceKind,
): Reaction {
  const points = series.points
  // A close stamped at the event's very instant has not seen it: strictly before.
  const b = indexAtOrBefore(points, eventAt - 1)
  const empty: Reaction = {
    instrumentId: market.id,
    cadence,
    unit,
    closedAtEvent: false,
    baseAt: null,
    baseValue: null,
    m15: notApplicable,
    h1: notApplicable,
    close: notYet,
    next: notYet,
    d5: notYet,
  }
  if (b < 0) return empty
  const base = points[b]!
  const context = { basis: series.basis, unit }
  const after = (k: number): Move => {
    const point = points[b + k]
    if (!point) return notYet
    const move = moveBetween(base.v, point.v, series.basis, unit)
    return {
      at: point.t,
      move,
      sigma: move === null ? null : sigmaOf(move, stepMoves(points, k, context, b)),
    }
  }
  return {
    ...empty,
    baseAt: base.t,
    baseValue: base.v,
    basePriceAt: base.t,
    close: after(1),
    next: after(2),
    d5: after(6),
  }
}
