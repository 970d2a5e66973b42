import type { Quote } from '../../feed/schemas/types'
import { formatDate } from '../../lib/format-time'
import type { QuoteRow } from './quote-rows'
import { quoted } from '../../lib/quote-marks'

/** "Speaking from the White House" → "speaking from...", "A CCTV commentary" → "a CCTV..."; "CCTV ..." stays. */
function lowerFirst(text: string): string {
  const firstWord = text.split(/\s/, 1)[0] ?? ''
  const second = firstWord[1]
  const capitalisedWord =
    second === undefined || (second === second.toLowerCase() && second !== second.toUpperCase())
  return capitalisedWord ? text.charAt(0).toLowerCase() + text.slice(1) : text
}

/** Where, for a citation: the first part of the place ("White House"), else the setting. */
export function citationPlace(quote: Quote): string {
  if (quote.place) return quote.place.split(',')[0]?.trim() || quote.place
  return lowerFirst(quote.setting)
}

/** Who, for a citation: "Donald Trump, US President"; an organisation by name and parent. */
export function citationSpeaker(row: QuoteRow): string {
  const person = row.person
  if (!person) return row.speakerName
  if (person.kind === 'organisation') {
    return person.organisation.includes(person.name)
      ? person.organisation
      : `${person.name}, ${person.organisation}`
  }
  return `${person.name}, ${person.role}`
}

/**
 * Ready to paste into a chat:
 * “China’s not easy.” — Donald Trump, US President, 9 Jun 2025, White House
 * The date is the day in the display zone, as on the wall (so the same quote may carry 10 Jun in
 * London); the place is the first part of `place`, or the setting when the feed gives no place.
 */
export function formatCitation(row: QuoteRow, zone: string): string {
  return `${quoted(row.quote.text, row.quote.lang)} — ${citationSpeaker(row)}, ${formatDate(row.quote.saidAt, zone)}, ${citationPlace(row.quote)}`
}
