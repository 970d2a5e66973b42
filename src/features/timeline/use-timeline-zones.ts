import { useMemo } from 'react'
import type { Quote, Round, Session } from '../../feed/schemas/types'
import { quotePlace } from '../../feed/quote-place'
import { useDisplayZone, useSecondZone } from '../../hooks/use-display-zone'
import type { Lookups } from './lookups'
import type { Zones } from './timeline-time'
import { yearOf } from '../../lib/format-time'

/**
 * The zones an entry's times are shown in: the viewer's, the second zone if chosen, and the local
 * time where it happened (a round's venue; for a quote, only where the feed says it was said).
 */
export function useTimelineZones(
  lookups: Lookups,
  sessions: readonly Session[] | undefined,
  rounds: readonly Round[],
  now: number,
) {
  const [display] = useDisplayZone()
  const [second] = useSecondZone()
  const yearNow = yearOf(now, display)
  const sessionsById = useMemo(() => new Map(sessions?.map((s) => [s.id, s])), [sessions])
  const zonesFor = (roundId: string): Zones => {
    const round = lookups.rounds.get(roundId)
    return { display, yearNow, venue: round?.timeZone ?? null, venueName: round?.location, second }
  }
  const zonesForQuote = (quote: Quote): Zones => {
    const place = quotePlace(quote, sessionsById, rounds)
    return {
      display,
      yearNow,
      venue: place?.timeZone ?? null,
      venueName: place?.name,
      second,
      venueIsWhereSaid: true,
    }
  }
  return { displayZone: display, yearNow, zonesFor, zonesForQuote }
}
