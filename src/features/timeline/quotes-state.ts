import type { FeedProblem } from '../../feed/parse'
import { noneReadable } from '../../feed/unreadable-records'

/**
 * What the page knows of the quotes, for any statement of absence ("no public remarks"): only
 * when they loaded, and qualified when some could not be read.
 */
export type QuotesState = { loaded: boolean; failed: boolean; unreadable: number }

/**
 * The state of the quotes query. Quotes none of which could be read say nothing of who spoke:
 * they count as failed to load.
 */
export function quotesStateOf(quotes: {
  data?: { quotes: readonly unknown[]; problems: FeedProblem[] }
  isError: boolean
}): QuotesState {
  const noneRead = noneReadable(quotes.data, 'quotes')
  return {
    loaded: quotes.data !== undefined && !noneRead,
    failed: (quotes.data === undefined && quotes.isError) || noneRead,
    unreadable: quotes.data?.problems.length ?? 0,
  }
}

/** The words for a person with no quote in the loaded quotes, or null when nothing can be said. */
export function silenceText(state: QuotesState): string | null {
  if (!state.loaded) return null
  return state.unreadable === 0
    ? 'no public remarks reported'
    : 'no public remarks among the quotes that could be read'
}
