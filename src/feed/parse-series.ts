import * as z from 'zod/mini'
import { seriesPointSchema, seriesSchema } from './schemas/markets'
import {
  jsonPath,
  parseDocument,
  problemsFromZod,
  safeParseReporting,
  type FeedProblem,
} from './parse'
import { farOffMessage, farOffTimes } from './far-off-points'
import { implausibleMagnitude, isImplausible } from '../lib/plausible-number'
import type { Series } from './schemas/types'

const seriesHeaderSchema = z.omit(seriesSchema, { points: true })
type Point = Series['points'][number]

function implausibleMessage(v: number): string {
  return `implausible value ${v} (expected a magnitude under ${implausibleMagnitude.toExponential()}); this point is not shown`
}

/**
 * Validates a series: its header as a whole, its points one by one (a bad point is dropped, and so
 * is a point dated far from the others, see far-off-points.ts, or one of implausible size).
 */
export function parseSeries(
  resource: string,
  raw: unknown,
): { data: Series | null; problems: FeedProblem[] } {
  const header = parseDocument(resource, seriesHeaderSchema, raw)
  if (header.data === null) return { data: null, problems: header.problems }
  const list =
    typeof raw === 'object' && raw !== null && Object.hasOwn(raw, 'points') && 'points' in raw
      ? raw.points
      : undefined
  if (!Array.isArray(list)) {
    return {
      data: { ...header.data, points: [] },
      problems: [{ resource, path: jsonPath(['points']), message: 'expected an array' }],
    }
  }
  const problems: FeedProblem[] = []
  const valid: { index: number; point: Point }[] = []
  list.forEach((record: unknown, index) => {
    const result = safeParseReporting(seriesPointSchema, record)
    if (!result.success)
      problems.push(...problemsFromZod(resource, result.error, ['points', index]))
    else if (isImplausible(result.data.v))
      problems.push({
        resource,
        path: jsonPath(['points', index, 'v']),
        message: implausibleMessage(result.data.v),
      })
    else valid.push({ index, point: result.data })
  })
  const { far, median } = farOffTimes(valid.map(({ point }) => Date.parse(point.t)))
  const points: Point[] = []
  valid.forEach(({ index, point }, i) => {
    if (!far.has(i)) points.push(point)
    else
      problems.push({
        resource,
        path: jsonPath(['points', index, 't']),
        message: farOffMessage(point.t, median ?? 0),
      })
  })
  return { data: { ...header.data, points }, problems }
}
