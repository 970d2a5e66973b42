import type { TimelineEntry } from './timeline-model'

/** A first guess of an entry's height (px) before it is measured: close guesses keep the scrollbar still. */
export function estimateEntrySize(entry: TimelineEntry | undefined): number {
  switch (entry?.kind) {
    case 'round':
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
