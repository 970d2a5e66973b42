import { aheadShownMs } from './ahead-of-now'
import { formatDuration } from './format-time'

/** A quote dated after now, in words ("dated 29 min ahead of now") and why that is a mistake. */
export type DatedAhead = { words: string; why: string }

const why =
  'A quote is said before it is reported: a time after now is a time zone or clock mistake in the feed, or this computer’s clock is behind'

/**
 * A quote is published after it is said: one dated more than aheadShownMs after now is a mistake of
 * some clock, named wherever the quote is shown (the quote wall, the timeline). Null otherwise.
 */
export function quoteDatedAhead(saidAt: number, now: number): DatedAhead | null {
  if (saidAt - now <= aheadShownMs) return null
  return { words: `dated ${formatDuration(saidAt - now)} ahead of now`, why }
}
