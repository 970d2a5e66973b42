import { isCalledOff } from '../../feed/called-off'
import type { TimelineEntry } from './timeline-model'

/** A session postponed or cancelled stays at its planned time, but is never where now is. */
const landsAtNow = (entry: TimelineEntry) =>
  entry.kind !== 'now' && !(entry.kind === 'session' && isCalledOff(entry.session))

/**
 * The entry a reader at the now line reaches first: the one after the line, else (the feed over)
 * the one before it, passing over sessions postponed or cancelled (the nearest of those only when
 * the list holds nothing else); null without a line. The n key focuses it, and the list's Tab stop
 * is on it until the reader moves or selects.
 */
export function entryAtNow(
  entries: readonly TimelineEntry[],
  nowIndex: number,
): TimelineEntry | null {
  if (nowIndex < 0) return null
  return (
    nearest(entries, nowIndex, landsAtNow) ??
    nearest(entries, nowIndex, (entry) => entry.kind !== 'now')
  )
}

/** The first entry after `nowIndex` that `fits`, else the last before it; null if none. */
function nearest(
  entries: readonly TimelineEntry[],
  nowIndex: number,
  fits: (entry: TimelineEntry) => boolean,
): TimelineEntry | null {
  for (let i = nowIndex + 1; i < entries.length; i++) if (fits(entries[i]!)) return entries[i]!
  for (let i = nowIndex - 1; i >= 0; i--) if (fits(entries[i]!)) return entries[i]!
  return null
}
