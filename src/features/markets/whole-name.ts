import type { MarketEvent } from './market-events'

type Named = Pick<MarketEvent, 'label' | 'wholeLabel'>

/**
 * The event named whole where its label is cut with "…" (a long development title, a quote): the
 * same words made with it are the whole of what is shown cut, for a tooltip and for screen readers.
 * The event itself where its label is whole.
 */
export function withWholeName<E extends Named>(event: E): E
export function withWholeName<E extends Named>(event: E | null): E | null
export function withWholeName<E extends Named>(event: E | null): E | null {
  return event?.wholeLabel ? { ...event, label: event.wholeLabel } : event
}

/** The words with the event's cut label in them replaced by its whole name. */
export function wholeNameIn(words: string, event: Named | null | undefined): string {
  return event?.wholeLabel ? words.replaceAll(event.label, event.wholeLabel) : words
}
