import type { Round, Session } from './schemas/types'
import { isKnownThroughSessions, type HeldBack } from './as-of'
import { isCalledOff } from './called-off'

/** A round with its dates: given by the feed, or else from its sessions (ms since epoch). */
export type RoundSpan = {
  round: Round
  /** Null when neither the round nor any of its sessions gives a start. */
  start: number | null
  /** Null while the end is not known. */
  end: number | null
  /** Its sessions, in time order. */
  sessions: Session[]
}

// The header's status line asks every second, and every panel naming the round on each render.
const lastSpans = new WeakMap<
  readonly Session[],
  { rounds: readonly Round[]; spans: RoundSpan[] }
>()

/**
 * Every round of the index with its dates and sessions, in time order (rounds with no date last,
 * in index order). The end is the round's own, else its last session's end when every session has
 * one. Cancelled sessions give no dates (unless all of the round's are), and a postponed one
 * leaves the end unknown. Pure; the same lists give the same (shared, not to be changed) answer.
 */
export function roundSpans(rounds: readonly Round[], sessions: readonly Session[]): RoundSpan[] {
  const last = lastSpans.get(sessions)
  if (last?.rounds === rounds) return last.spans
  const spans = computeSpans(rounds, sessions)
  lastSpans.set(sessions, { rounds, spans })
  return spans
}

function computeSpans(rounds: readonly Round[], sessions: readonly Session[]): RoundSpan[] {
  const byRound = new Map<string, Session[]>()
  for (const session of sessions) {
    const list = byRound.get(session.roundId) ?? []
    list.push(session)
    byRound.set(session.roundId, list)
  }
  const spans = rounds.flatMap((round, i) => {
    const own = (byRound.get(round.id) ?? []).sort(
      (a, b) => Date.parse(a.start) - Date.parse(b.start),
    )
    // Replay: a round with no date of its own is known once one of its sessions is.
    if (own.length === 0 && isKnownThroughSessions(round)) return []
    const held = own.filter((s) => s.status !== 'cancelled')
    const dating = held.length > 0 ? held : own
    const first = dating[0]
    const start = round.start ? Date.parse(round.start) : first ? Date.parse(first.start) : null
    const ends = dating.map((s) => (s.end === null || isCalledOff(s) ? null : Date.parse(s.end)))
    const sessionEnd =
      ends.length > 0 && ends.every((e) => e !== null) ? Math.max(...ends.map((e) => e ?? 0)) : null
    const end = round.end ? Date.parse(round.end) : sessionEnd
    return [{ span: { round, start, end, sessions: own }, i }]
  })
  spans.sort((a, b) => (a.span.start ?? Infinity) - (b.span.start ?? Infinity) || a.i - b.i)
  return spans.map(({ span }) => span)
}

/** How many rounds of the feed a replay leaves out at its moment (0 when live). */
export function roundsHeldBack(
  index: { rounds: readonly Round[] } & HeldBack,
  sessions: readonly Session[],
): number {
  return (index.heldBack ?? 0) + index.rounds.length - roundSpans(index.rounds, sessions).length
}
