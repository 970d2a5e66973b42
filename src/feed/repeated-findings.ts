import { formatCount } from '../lib/format-count'
import type { FeedProblem } from './parse'

const shapeOf = (path: string) => path.replace(/\[\d+\]/g, '[]')

/**
 * A run of the same finding at paths that differ only in their indexes (520 points of a series each
 * "expected a number, got null") as one line: the first path, and how many more, up to which.
 * Counts are the caller's: this is how the list reads, not how many there are.
 */
export function foldRepeatedFindings(findings: readonly FeedProblem[]): FeedProblem[] {
  const folded: { first: FeedProblem; last: FeedProblem; more: number }[] = []
  for (const finding of findings) {
    const run = folded.at(-1)
    if (
      run &&
      run.first.resource === finding.resource &&
      run.first.message === finding.message &&
      shapeOf(run.first.path) === shapeOf(finding.path)
    ) {
      run.last = finding
      run.more += 1
    } else folded.push({ first: finding, last: finding, more: 0 })
  }
  return folded.map(({ first, last, more }) =>
    more === 0
      ? first
      : {
          ...first,
          message: `${first.message} (and ${formatCount(more)} more, to ${last.path})`,
        },
  )
}
