/**
 * What the page knows of the quotes, for any statement of absence ("no public remarks"): only
 * when they loaded, and qualified when some could not be read.
 */
export type QuotesState = { loaded: boolean; failed: boolean; unreadable: number }

/** The words for a person with no quote in the loaded quotes, or null when nothing can be said. */
export function silenceText(state: QuotesState): string | null {
  if (!state.loaded) return null
  return state.unreadable === 0
    ? 'no public remarks reported'
    : 'no public remarks among the quotes that could be read'
}
