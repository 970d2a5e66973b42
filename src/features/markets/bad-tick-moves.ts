/**
 * A bad tick (one price a hundred times the others, a misplaced decimal point) makes two moves far
 * larger than any the market makes: left in, they set the standard deviation alone, and every real
 * move reads "0.0 sigma". Such moves are left out of a history before its spread is measured, by a
 * yardstick a few of them cannot move: how far from the median move nine moves in ten lie.
 */

/** Moves further from the median than this many robust spreads are bad ticks. */
export const badTickSpreads = 10
/** Nine normally distributed moves in ten lie within this many standard deviations of the mean. */
const ninetiethNormal = 1.6449

/**
 * The spread of moves a few bad ticks cannot move: the distance from the median within which nine
 * moves in ten lie, scaled to the standard deviation of normally distributed moves. Where more than
 * nine in ten are alike (a thinly traded stock that mostly does not move) the median distance of
 * the others, so a series that moves by whole price steps keeps its steps. Distances sorted.
 */
function robustSpread(distances: Float64Array): number {
  const ninetieth = distances[Math.floor(0.9 * (distances.length - 1))]!
  if (ninetieth > 0) return ninetieth / ninetiethNormal
  const firstMoved = distances.findIndex((d) => d > 0)
  if (firstMoved < 0) return 0
  return distances[firstMoved + ((distances.length - 1 - firstMoved) >> 1)]!
}

/** `moves` without those further than `badTickSpreads` robust spreads from their median. */
export function withoutBadTicks(moves: readonly number[]): readonly number[] {
  if (moves.length === 0) return moves
  const sorted = Float64Array.from(moves).sort()
  const middle = sorted[(sorted.length - 1) >> 1]!
  const spread = robustSpread(Float64Array.from(moves, (v) => Math.abs(v - middle)).sort())
  if (spread === 0) return moves
  const fence = badTickSpreads * spread
  const usual = moves.filter((v) => Math.abs(v - middle) <= fence)
  return usual.length === moves.length ? moves : usual
}
