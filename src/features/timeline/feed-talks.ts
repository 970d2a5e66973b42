import { roundsHeldBack } from '../../feed/round-spans'
import type { HeldBack } from '../../feed/as-of'
import type { Round, Session } from '../../feed/schemas/types'
import { describeTalks, type HeldBackRecords } from './talks-across-rounds'
import type { TalksNow } from './talks-now'

/** How many rounds and sessions of the feed a replay leaves out at its moment (none when live). */
export function heldBackRecords(
  index: ({ rounds: readonly Round[] } & HeldBack) | undefined,
  sessions: { sessions: readonly Session[] } & HeldBack,
): HeldBackRecords {
  return {
    rounds: index ? roundsHeldBack(index, sessions.sessions) : 0,
    sessions: sessions.heldBack ?? 0,
  }
}

/**
 * describeTalks on the feed's documents as loaded (cut, in a replay), a round's dates in
 * `dateZone` (the zone the page's times are in).
 */
export function describeFeedTalks(
  index: ({ rounds: readonly Round[] } & HeldBack) | undefined,
  sessions: { sessions: readonly Session[] } & HeldBack,
  now: number,
  dateZone: string,
): TalksNow {
  return describeTalks(
    index?.rounds ?? [],
    sessions.sessions,
    now,
    heldBackRecords(index, sessions),
    dateZone,
  )
}
