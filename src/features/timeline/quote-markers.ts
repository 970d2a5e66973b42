import type { Quote } from '../../feed/schemas/types'
import type { MarkerEntry, TimelineEntry } from './timeline-model'

/**
 * One marker per person and moment (the same instant however its offset is written), in the order
 * of each marker's first quote, pushed onto `entries`. Looked up by the instant, a number, and only
 * where two people spoke at one instant by a string key too: building a string key for every quote
 * cost more than all the rest.
 */
export function pushQuoteMarkers(entries: TimelineEntry[], quotes: readonly Quote[]) {
  const firstAt = new Map<number, MarkerEntry>()
  const othersAt = new Map<string, MarkerEntry>()
  for (const quote of quotes) {
    const at = Date.parse(quote.saidAt)
    const first = firstAt.get(at)
    const marker =
      first === undefined || first.quotes[0].personId === quote.personId
        ? first
        : othersAt.get(`${at}|${quote.personId}`)
    if (marker) {
      marker.quotes.push(quote)
      continue
    }
    const entry: MarkerEntry = { kind: 'quotes', key: `quotes:${quote.id}`, at, quotes: [quote] }
    if (first) othersAt.set(`${at}|${quote.personId}`, entry)
    else firstAt.set(at, entry)
    entries.push(entry)
  }
}
