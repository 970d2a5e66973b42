import { useState } from 'react'

/**
 * The words for a live region that speaks when a state changes, not each time its words do: a
 * line that ticks ("in session for 1 h 05 min") would otherwise be read out every minute. Empty
 * while the state is the one the page opened with or first loaded (the line is read where it
 * stands, like the rest of the page); from a change of state on, `words` as they were at the
 * change, until the next one. A null state is one not known yet (loading).
 */
export function useChangeAnnouncement(state: string | null, words: string): string {
  const [said, setSaid] = useState({ state, words: '' })
  if (said.state === state) return said.words
  const next = { state, words: said.state === null || state === null ? '' : words }
  setSaid(next)
  return next.words
}
