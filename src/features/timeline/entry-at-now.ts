import type { TimelineEntry } from './timeline-model'

/**
 * The entry a reader at the now line reaches first: the one after the line, else (the feed over)
 * the one before it; null without a line. The n key focuses it, and the list's Tab stop is on it
 * until the reader moves or selects.
 */
export function entryAtNow(
  entries: readonly TimelineEntry[],
  nowIndex: number,
): TimelineEntry | null {
  if (nowIndex < 0) return null
  for (let i = nowIndex + 1; i < entries.length; i++)
    if (entries[i]!.kind !== 'now') return entries[i]!
  for (let i = nowIndex - 1; i >= 0; i--) if (entries[i]!.kind !== 'now') return entries[i]!
  return null
}
