import type { Selection } from '../../hooks/use-selection'
import type { TimelineEntry } from './timeline-model'

/**
 * Whether `entry` is where the timeline shows `event`: the session or development itself, or the
 * quote marker or run of markers that holds the quote.
 */
export function entryHolds(
  entry: TimelineEntry,
  event: NonNullable<Selection['event']> | null,
): boolean {
  if (event === null) return false
  switch (entry.kind) {
    case 'session':
      return event.kind === 'session' && entry.session.id === event.id
    case 'development':
      return event.kind === 'development' && entry.development.id === event.id
    case 'quotes':
    case 'quote-run':
      return event.kind === 'quote' && entry.quotes.some((quote) => quote.id === event.id)
    default:
      return false
  }
}
