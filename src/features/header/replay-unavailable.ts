/** One of the lists a replay is made from, as far as the page has it. */
type ListState = { what: string; data: unknown; isError: boolean }

const joined = (whats: readonly string[]) =>
  whats.length < 3
    ? whats.join(' and ')
    : `${whats.slice(0, -1).join(', ')} and ${whats[whats.length - 1]}`

/**
 * Why Replay cannot be opened, for the disabled button's description: a list that failed to load
 * (never said to be empty), one still loading, or, all in, nothing dated before the page's now.
 */
export function replayUnavailableWhy(lists: readonly ListState[]): string {
  const missing = lists.filter((list) => list.data === undefined)
  const failed = missing.filter((list) => list.isError).map((list) => list.what)
  if (failed.length > 0) {
    return `Replay is unavailable: it needs the ${joined(failed)}, which could not be loaded`
  }
  if (missing.length > 0) {
    return `Replay is unavailable until the ${joined(missing.map((list) => list.what))} have loaded`
  }
  return 'Replay is unavailable: no session, development or quote read from the feed is dated before now'
}
