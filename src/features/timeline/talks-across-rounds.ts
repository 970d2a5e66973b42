import { calledOffWords, newStartWords } from './called-off-words'
import { isCancelledRound, isPostponedRound } from './cancelled-round'
import { roundSpans, type RoundSpan } from '../../feed/round-spans'
import { sessionLabel } from '../../feed/session-label'
import { sortByTime } from '../../lib/sort-by-time'
import type { Round, Session } from '../../feed/schemas/types'
import {
  formatClock,
  formatDuration,
  formatShortDate,
  relativeLimitMs,
} from '../../lib/format-time'
import {
  describeTalksNow,
  formatCountdown,
  runningNote,
  runningSession,
  sinceWords,
  calledOffSince,
  statusAt,
  undatedNews,
  type TalksNow,
} from './talks-now'

/** The round the feed is at: the latest one that has started by `now`, else the first. */
export function currentRound(spans: readonly RoundSpan[], now: number): RoundSpan | null {
  // A round whose sessions were all cancelled never began: the one before it is the latest.
  const held = spans.filter((s) => !isCancelledRound(s))
  const started = held.filter((s) => s.start !== null && s.start <= now)
  return started.at(-1) ?? held[0] ?? spans[0] ?? null
}

const inTimeOrder = new WeakMap<readonly Session[], Session[]>()

function sessionsInTimeOrder(sessions: readonly Session[]): Session[] {
  let ordered = inTimeOrder.get(sessions)
  if (!ordered) {
    ordered = sortByTime(sessions, (s) => s.start)
    inTimeOrder.set(sessions, ordered)
  }
  return ordered
}

function roundOf(rounds: readonly Round[], session: Session): Round | undefined {
  return rounds.find((r) => r.id === session.roundId)
}

/** How many rounds and sessions of the feed a replay leaves out at its moment (none when live). */
export type HeldBackRecords = { rounds: number; sessions: number }

const noneHeldBack: HeldBackRecords = { rounds: 0, sessions: 0 }

/**
 * One line on where the talks stand across every round: the session in session, else the next to
 * start, else the latest round and what comes next if the feed knows it ("Stockholm round concluded
 * 29 Jul; no next round scheduled"). Sessions postponed or cancelled since the last held are named
 * first, as describeTalksNow does; a feed of one round reads as describeTalksNow. A round's dates
 * are in `dateZone`, the page's zone (else the round's); a session's date beside the venue's clock
 * ("starts 5 Jan (10:00 Tokyo)") is the venue's, as that clock says. Pure.
 */
export function describeTalks(
  rounds: readonly Round[],
  sessions: readonly Session[],
  now: number,
  heldBack: HeldBackRecords = noneHeldBack,
  dateZone?: string,
): TalksNow {
  const only = rounds[0]
  if (rounds.length < 2 && heldBack.rounds === 0)
    return describeTalksNow(
      sessions,
      now,
      only?.timeZone ?? 'UTC',
      only?.location ?? 'UTC',
      heldBack.sessions,
      dateZone,
    )
  const ordered = sessionsInTimeOrder(sessions)
  const running = runningSession(ordered, now)
  if (running) {
    const round = roundOf(rounds, running)
    const since = Date.parse(running.start)
    const place = round ? ` ${round.location}` : ''
    return {
      kind: 'in-session',
      session: running,
      since,
      text: `${sessionLabel(running, rounds)} in session since ${sinceWords(since, round?.timeZone ?? 'UTC', now, running.startPrecision)}${place} (${formatDuration(now - since)}${runningNote(running, now)})`,
    }
  }
  const next = ordered.find((s) => statusAt(s, now) === 'scheduled')
  const calledOff = calledOffSince(ordered, now, next ? Date.parse(next.start) : Infinity)
  const calledOffText = calledOffWords(
    calledOff,
    (s) => sessionLabel(s, rounds),
    (at, precision) => {
      const round = calledOff.map((s) => roundOf(rounds, s)).find((r) => r !== undefined)
      return newStartWords(at, round?.timeZone ?? 'UTC', round?.location ?? '', now, precision)
    },
  )
  if (next) {
    const round = roundOf(rounds, next)
    const start = Date.parse(next.start)
    const zone = round?.timeZone ?? 'UTC'
    const when =
      start - now < 86_400_000
        ? formatClock(start, zone, next.startPrecision)
        : `${formatShortDate(start, zone, now)} ${formatClock(start, zone, next.startPrecision)}`
    return {
      kind: 'upcoming',
      session: next,
      startsIn: start - now,
      text:
        (calledOff.length > 0 ? `${calledOffText}; next: ` : '') +
        (start - now >= relativeLimitMs
          ? `${sessionLabel(next, rounds)} starts ${formatShortDate(start, zone, now)} (${formatClock(start, zone, next.startPrecision)}${round ? ` ${round.location}` : ''})`
          : `${sessionLabel(next, rounds)} starts in ${formatCountdown(start - now)} (${when}${round ? ` ${round.location}` : ''})`),
    }
  }
  const spans = roundSpans(rounds, sessions)
  const latest = spans.filter((s) => s.start !== null && s.start <= now).at(-1) ?? null
  // A round whose sessions are all cancelled will not take place: never what comes next.
  const upcoming =
    spans.find((s) => s.start !== null && s.start > now && !isCancelledRound(s)) ?? null
  const nextText =
    upcoming && upcoming.start !== null
      ? isPostponedRound(upcoming)
        ? `next: ${upcoming.round.name}, postponed (was to begin ${formatShortDate(upcoming.start, dateZone ?? upcoming.round.timeZone, now)})`
        : `next: ${upcoming.round.name} from ${formatShortDate(upcoming.start, dateZone ?? upcoming.round.timeZone, now)}`
      : heldBack.rounds > 0
        ? `later rounds not shown: ${undatedNews}`
        : 'no next round scheduled'
  const last = latest?.sessions.at(-1) ?? null
  const [firstCalledOff, ...moreCalledOff] = calledOff
  // Before any round, with none to come but rounds called off: what became of them.
  if (!latest && !upcoming && firstCalledOff)
    return {
      kind: 'called-off',
      sessions: [firstCalledOff, ...moreCalledOff],
      text: `${calledOffText}; ${nextText}`,
    }
  if (!latest)
    return {
      kind: 'between',
      session: null,
      text: upcoming
        ? `No round has started; ${nextText}`
        : heldBack.rounds > 0
          ? 'No round shown yet: the feed does not say when its rounds were announced'
          : 'No sessions announced',
    }
  const zone = dateZone ?? latest.round.timeZone
  const over = latest.end !== null && latest.end <= now
  if (firstCalledOff && !over)
    return {
      kind: 'called-off',
      sessions: [firstCalledOff, ...moreCalledOff],
      text: `${calledOffText}; ${nextText}`,
    }
  // Past the dates of a round that never took place: not "concluded".
  const [firstOfRound, ...moreOfRound] = latest.sessions
  if (firstOfRound && isCancelledRound(latest))
    return {
      kind: 'called-off',
      sessions: [firstOfRound, ...moreOfRound],
      text: `${latest.round.name} cancelled; ${nextText}`,
    }
  const state =
    latest.end !== null && over
      ? `${latest.round.name} concluded ${formatShortDate(latest.end, zone, now)}`
      : last
        ? `${latest.round.name}: ${last.title} concluded, end of the round not announced`
        : heldBack.sessions > 0
          ? `${latest.round.name}: sessions not shown yet, ${undatedNews}`
          : `${latest.round.name}: no sessions announced`
  return { kind: 'between', session: last, text: `${state}; ${nextText}` }
}
