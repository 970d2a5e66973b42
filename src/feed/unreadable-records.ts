import type { FeedProblem } from './parse'

/** A document as read: its list under `K`, and what could not be read in it. */
type ReadDocument<K extends string> = { [key in K]: readonly unknown[] } & {
  problems: readonly FeedProblem[]
}

/**
 * Whether some of a document's `list` (e.g. "quotes") could not be read and is not shown: an
 * empty list is then not an empty feed, and the page must not say "none".
 */
export function hasUnreadable(problems: readonly FeedProblem[], list: string): boolean {
  return problems.some((p) => p.path === `$.${list}` || p.path.startsWith(`$.${list}[`))
}

/** Whether a document's `list` came out empty only because none of its records could be read. */
export function noneReadable<K extends string>(
  document: ReadDocument<K> | undefined,
  list: K,
): boolean {
  return (
    document !== undefined && document[list].length === 0 && hasUnreadable(document.problems, list)
  )
}

/** The words for a list none of whose records could be read. */
export function noneReadableText(noun: string): string {
  return `None of the feed’s ${noun} could be read.`
}

/** What to say of an empty list: that none of it could be read, or else `emptyText`. */
export function emptyListText<K extends string>(
  document: ReadDocument<K>,
  list: K,
  noun: string,
  emptyText: string,
): string {
  return noneReadable(document, list) ? noneReadableText(noun) : emptyText
}

/** What the markets say when the feed's instrument list is empty, or none of it could be read. */
export function noInstrumentsText(markets: ReadDocument<'instruments'>): string {
  return emptyListText(
    markets,
    'instruments',
    'market instruments',
    'The feed lists no market instruments.',
  )
}
