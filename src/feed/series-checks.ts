/**
 * Checks of a series that the schemas cannot make: a declared `interval` that the points
 * contradict, daily closes stamped at midnight, and a yield given as % changes (its moves are read
 * in basis points of a level).
 */
import { intervalMs, kindOfStep, medianStep } from '../lib/cadence'
import type { FeedProblem } from './parse'
import { seriesPath } from './schemas/documents'

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function describeMs(ms: number): string {
  if (ms >= 86_400_000) return `${+(ms / 86_400_000).toFixed(1)} days`
  if (ms >= 3_600_000) return `${+(ms / 3_600_000).toFixed(1)} hours`
  return `${+(ms / 60_000).toFixed(1)} minutes`
}

/** Problems of one raw series file, given the raw kind of its instrument (if known). */
export function seriesCadenceProblems(
  fileId: string,
  raw: unknown,
  instrumentKind: unknown,
): FeedProblem[] {
  if (!isRecord(raw)) return []
  const resource = seriesPath(fileId)
  const problems: FeedProblem[] = []
  const points = Array.isArray(raw.points) ? raw.points : []
  const times = points
    .flatMap((p) => (isRecord(p) && typeof p.t === 'string' ? [Date.parse(p.t)] : []))
    .filter(Number.isFinite)
  const declared = typeof raw.interval === 'string' ? intervalMs(raw.interval) : null
  const step = medianStep([...times].sort((a, b) => a - b))
  // A declared interval more than twice the points' typical spacing misnames the data.
  if (declared !== null && declared > 0 && step > 0 && step * 2 < declared) {
    problems.push({
      resource,
      path: '$.interval',
      message: `interval "${String(raw.interval)}" but the points are typically ${describeMs(step)} apart (expected the interval of the data, or no interval to let the dashboard infer it)`,
    })
  }
  // Daily closes stamped at midnight read as before the day's events: a reaction a day early.
  const stamps = points.flatMap((p) => (isRecord(p) && typeof p.t === 'string' ? [p.t] : []))
  const midnight = stamps.filter((t) => /T00:00(:00(\.0+)?)?(Z|[+-])/.test(t)).length
  if (
    step > 0 &&
    kindOfStep(step) !== 'intraday' &&
    stamps.length > 0 &&
    midnight === stamps.length
  ) {
    problems.push({
      resource,
      path: '$.points',
      message: `daily points stamped at midnight, e.g. ${stamps[0]} (expected each close at the market's closing time, e.g. 2025-06-09T16:00:00-04:00: a close at midnight reads as before that day's events)`,
    })
  }
  if (instrumentKind === 'yield' && raw.basis === 'percent-change') {
    problems.push({
      resource,
      path: '$.basis',
      message:
        'a yield given as % changes (expected basis "level": yield moves are shown in basis points of the level)',
    })
  }
  return problems
}
