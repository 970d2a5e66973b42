import { parseSeries } from './parse-series'
import type { FeedProblem } from './parse'
import { seriesPath } from './schemas/documents'
import type { RawFeed } from './raw-feed'

/**
 * Series points the dashboard reads but does not draw: dated far from the others, or of
 * implausible size (see parse-series.ts). The schema accepts them, so the checker names them here.
 */
export function droppedPointProblems(feed: RawFeed): FeedProblem[] {
  return Object.entries(feed.series).flatMap(([id, raw]) =>
    parseSeries(seriesPath(id), raw).problems.filter((problem) =>
      /^(far-off time|implausible value) /.test(problem.message),
    ),
  )
}
