/**
 * feed:check's warning on bad ticks (bad-tick-runs.ts): a price that jumps by a huge factor and
 * comes back (a misplaced decimal point, a price in cents among dollars), alone, in a run of a few,
 * or as the first or last point; a yield or rate (in %) a whole percentage point off both sides.
 * The page draws them, as it draws every price, and the rest of the line reads flat beside them;
 * the sigma figures leave their moves out (docs/reaction-method.md). Judged only on a series of
 * levels: prices by ratio while they stay above zero (a spread that crosses zero can move by any
 * factor), yields and rates by the difference, wherever they are. % changes are not judged.
 */
import type { FeedFinding } from './check-findings'
import type { Instrument, Series } from './schemas/types'
import { seriesPath } from './schemas/documents'
import { badTickRuns, farByPoints, farByRatio, type BadRun } from './bad-tick-runs'

type Judged = Pick<Instrument, 'id' | 'kind' | 'unit'>

/** A yield, or a rate quoted in %: its moves are read in basis points, not in % of the level. */
const inPercent = (instrument: Pick<Instrument, 'kind' | 'unit'>) =>
  instrument.kind === 'yield' || /^(%|per ?cent\b|pct\b)/i.test(instrument.unit.trim())

const ratio = (factor: number) => String(Number(factor.toPrecision(2)))
const bp = (points: number) => `${Math.round(points * 100)} bp`

/** How far the run is from the points beside it: "100 times", "1/10 of", "425 bp above". */
function distance(run: number[], sides: number[], percent: boolean): string {
  const low = Math.min(...run)
  const high = Math.max(...run)
  const above = low > Math.max(...sides)
  if (percent)
    return above
      ? `${bp(low - Math.max(...sides))} above`
      : `${bp(Math.min(...sides) - high)} below`
  if (above) return `${ratio(low / Math.max(...sides))} times`
  if (low <= 0) return 'at or below zero, unlike'
  return `1/${ratio(Math.min(...sides) / high)} of`
}

const whereWords = { first: ', the first point,', last: ', the last point,', within: '' }
const besideWords = {
  first: 'the next two points',
  last: 'the two points before it',
  within: 'the points either side',
}

function describeRun(series: Series, run: BadRun, percent: boolean): string {
  const { points } = series
  const first = points[run.from]!
  const last = points[run.to]!
  const sides = [...run.before, ...run.after].map((i) => points[i]!.v)
  const values = points.slice(run.from, run.to + 1).map((p) => p.v)
  const at = run.before.length === 0 ? 'first' : run.after.length === 0 ? 'last' : 'within'
  const subject =
    run.to === run.from
      ? `${first.v} at ${first.t}${whereWords[at]} is`
      : `${run.to - run.from + 1} points in a row, ${first.v} at ${first.t} to ${last.v} at ${last.t}, are`
  const beside = besideWords[at]
  return `${subject} ${distance(values, sides, percent)} ${beside} (${sides.join(' and ')})`
}

const expectedPrice =
  'a price in line with its neighbours: is it a bad tick, a misplaced decimal point or a price in another unit?'
const expectedPercent =
  'a yield or rate in line with its neighbours: is it a bad tick, a misplaced decimal point, a figure in basis points or a price?'

export function badTickFindings(instrument: Judged, series: Series): FeedFinding[] {
  if (series.basis !== 'level') return []
  const percent = inPercent(instrument)
  const values = series.points.map((p) => p.v)
  const runs = badTickRuns(values, percent ? farByPoints : farByRatio)
  const first = runs[0]
  if (first === undefined) return []
  const bad = (i: number) => runs.some((run) => run.from <= i && i <= run.to)
  // A price series that reaches zero elsewhere is a spread, read in its unit: no ratio holds.
  if (!percent && values.some((v, i) => v <= 0 && !bad(i))) return []
  const others = runs.slice(1).reduce((sum, run) => sum + run.to - run.from + 1, 0)
  const more = others > 0 ? ` and ${others} more point${others === 1 ? '' : 's'}` : ''
  const atEnd =
    first.before.length === 0 || first.after.length === 0
      ? '. At an end of the series a tick cannot be seen to come back: if the market did move so, ignore this'
      : ''
  const them = first.to > first.from ? 'them' : 'it'
  return [
    {
      severity: 'warning',
      resource: seriesPath(instrument.id),
      path: `$.points[${first.from}].v`,
      message: `${describeRun(series, first, percent)}${more} (expected ${percent ? expectedPercent : expectedPrice} The chart draws ${them}, and the rest of its line reads flat beside ${them}${atEnd})`,
    },
  ]
}
