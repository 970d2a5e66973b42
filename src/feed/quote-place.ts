import type { Quote, Round, Session } from './schemas/types'

/** Where a quote was said, with the zone of its local time. */
export type QuotePlace = {
  name: string
  timeZone: string
  /** quote: the feed's own `location`; session: said at the session it is about. */
  from: 'quote' | 'session'
}

/**
 * The place and zone of a quote's local time: its own `location` when the feed gives one; else its
 * session's, only when the quote's `place` names that session's venue or city (said there). Never
 * the round's when the quote was not said at it (a White House remark about a London session, a
 * CCTV commentary): then null, and no local time is claimed. Pure.
 */
export function quotePlace(
  quote: Pick<Quote, 'location' | 'place' | 'sessionId'>,
  sessionsById: ReadonlyMap<string, Pick<Session, 'roundId' | 'venue'>>,
  rounds: readonly Round[],
): QuotePlace | null {
  if (quote.location)
    return { name: quote.location.name, timeZone: quote.location.timeZone, from: 'quote' }
  if (!quote.place || !quote.sessionId) return null
  const session = sessionsById.get(quote.sessionId)
  const round = session ? rounds.find((r) => r.id === session.roundId) : undefined
  if (!session || !round) return null
  const place = quote.place.toLowerCase()
  const names = [session.venue, round.venue, round.location].filter((n): n is string => Boolean(n))
  if (!names.some((name) => place.includes(name.toLowerCase()))) return null
  return { name: round.location, timeZone: round.timeZone, from: 'session' }
}
