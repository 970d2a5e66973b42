import type { TimelineEntry } from './timeline-model'

/** A first guess of an entry's height (px) before it is measured: close guesses keep the scrollbar still. */
export function estimateEntrySize(entry: TimelineEntry | undefined): number {
  switch (entry?.kind) {
    case 'round':
    case 'unlisted':
      return 48
    case 'now':
      return 30
    case 'more':
      return 34
    case 'session':
      return 150
    case 'development':
      return 110
    case 'quotes':
      return 70
    case 'quote-run':
      return 110
    default:
      return 80
  }
}

/**
 * Where the list's scroller will be once the entry at `index` is brought to the middle of its view,
 * by the estimates above (the list's height taken as half the window's): 0 without an entry.
 */
export function openingOffset(entries: readonly TimelineEntry[], index: number): number {
  if (index <= 0) return 0
  let start = 0
  for (let i = 0; i < index; i++) start += estimateEntrySize(entries[i])
  const middle = start + estimateEntrySize(entries[index]) / 2
  return Math.max(0, middle - (typeof window === 'undefined' ? 0 : window.innerHeight / 4))
}
