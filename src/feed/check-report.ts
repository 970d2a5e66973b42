import { checkFeed } from './cross-check'
import type { RawFeed } from './raw-feed'
import type { FeedProblem } from './parse'
import type { FeedFinding } from './check-findings'
import { roundsFindings } from './rounds-check'
import { seriesFindings } from './series-check'
import { controlCharacterFindings } from './control-characters-check'

/** What feed:check finds in a loaded feed: problems (errors) and warnings, each grouped by file. */
export type CheckReport = {
  problems: FeedProblem[]
  warnings: FeedProblem[]
  /** Files read (or tried). */
  files: number
  /** Files with a problem or warning. */
  broken: number
}

/**
 * Every feed:check rule on `feed`, loaded from `paths` with `loadProblems` on the way (a file that
 * could not be read). Grouped by file in load order; within a file, schema problems before
 * cross-references. Used by scripts/feed-check.ts and by the page's "Check the feed".
 */
export function checkReport(
  feed: RawFeed,
  loadProblems: readonly FeedProblem[],
  paths: readonly string[],
): CheckReport {
  const rank = (problem: FeedProblem) => {
    const index = paths.indexOf(problem.resource)
    return index === -1 ? paths.length : index
  }
  const byFile = <T extends FeedProblem>(list: T[]) =>
    list
      .map((problem, i) => ({ problem, i }))
      .sort((a, b) => rank(a.problem) - rank(b.problem) || a.i - b.i)
      .map(({ problem }) => problem)
  const findings: FeedFinding[] = [
    ...roundsFindings(feed),
    ...seriesFindings(feed),
    ...controlCharacterFindings(feed),
  ]
  const strip = ({ resource, path, message }: FeedProblem): FeedProblem => ({
    resource,
    path,
    message,
  })
  const problems = byFile([
    ...loadProblems,
    ...checkFeed(feed),
    ...findings.filter((f) => f.severity === 'error').map(strip),
  ])
  const warnings = byFile(findings.filter((f) => f.severity === 'warning').map(strip))
  const broken = new Set([...problems, ...warnings].map((problem) => problem.resource)).size
  return { problems, warnings, files: paths.length, broken }
}
