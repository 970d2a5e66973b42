import * as z from 'zod/mini'
import { seriesPointSchema, seriesSchema } from './schemas/markets'
import { parseCollection, parseDocument, type FeedProblem } from './parse'
import type { Series } from './schemas/types'

const seriesHeaderSchema = z.omit(seriesSchema, { points: true })

/** Validates a series: its header as a whole, its points one by one (a bad point is dropped). */
export function parseSeries(
  resource: string,
  raw: unknown,
): { data: Series | null; problems: FeedProblem[] } {
  const header = parseDocument(resource, seriesHeaderSchema, raw)
  if (header.data === null) return { data: null, problems: header.problems }
  const points = parseCollection(resource, { points: seriesPointSchema }, raw)
  if (points.data === null) return { data: null, problems: points.problems }
  return { data: { ...header.data, points: points.data.points }, problems: points.problems }
}
