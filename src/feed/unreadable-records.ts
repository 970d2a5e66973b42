import type { FeedProblem } from './parse'

/**
 * Whether some of a document's `list` (e.g. "quotes") could not be read and is not shown: an
 * empty list is then not an empty feed, and the page must not say "none".
 */
export function hasUnreadable(problems: readonly FeedProblem[], list: string): boolean {
  return problems.some((p) => p.path === `$.${list}` || p.path.startsWith(`$.${list}[`))
}

/** Whether a document's `list` came out empty only because none of its records could be read. */
export function noneReadable(
  document: { problems: readonly FeedProblem[] } | undefined,
  list: string,
  records: readonly unknown[] | undefined,
): boolean {
  return document !== undefined && records?.length === 0 && hasUnreadable(document.problems, list)
}
