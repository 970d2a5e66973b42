import type { Session, SessionStatus } from '../../feed/schemas/types'
import {
  formatClock,
  formatDuration,
  formatShortDate,
  relativeLimitMs,
  type Precision,
} from '../../lib/format-time'
import { formatClockBrief } from '../../lib/format-clock-brief'
import { calendarDaysBefore } from '../../lib/zoned-time'
import { isCalledOff } from '../../feed/called-off'
import { calledOffSign, calledOffWords, newStartWords } from './called-off-words'

/**
 * The status a session has at `now`: the feed's word, except that a scheduled session whose start
 * has passed reads as in session and a running one whose end has passed as concluded. A postponed
 * or cancelled session keeps its word whatever the clock says.
 */
export function statusAt(session: Session, now: number): SessionStatus {
  switch (session.status) {
    case 'concluded':
    case 'postponed':
    case 'cancelled':
      return session.status
    case 'scheduled':
    case 'in-session': {
      const end = session.end ? Date.parse(session.end) : null
      if (end !== null && now >= end) return 'concluded'
      if (now >= Date.parse(session.start)) return 'in-session'
      return session.status
    }
  }
}

/**
 * The sessions called off since the last one held, in time order: those postponed or cancelled
 * that were to start before `before` (the next session's start), with no session concluded or
 * under way after them. What the talks' line tells before, or in place of, what comes next.
 */
export function calledOffSince(ordered: readonly Session[], now: number, before = Infinity) {
  let found: Session[] = []
  for (const session of ordered) {
    if (Date.parse(session.start) >= before) break
    if (isCalledOff(session)) found.push(session)
    else if (statusAt(session, now) !== 'scheduled') found = []
  }
  return found
}

/**
 * In session by the clock's reading of its schedule: the feed still lists it as scheduled and its
 * start has passed. The page says so, for the feed has not said it began (a start can slip).
 */
export const bySchedule = (session: Session, now: number) =>
  session.status === 'scheduled' && now >= Date.parse(session.start)

/** What the page adds to a session in session by its schedule alone (see bySchedule). */
export const byScheduleWords = 'by its schedule; the feed has not said it began'

/**
 * The session in session at `now`, if any. One the feed says began comes before one in session by
 * its schedule alone (a start the feed never updated, a session put off and left listed), so a
 * weeks-old schedule never hides the session running; then the latest to start.
 */
export function runningSession(sessions: readonly Session[], now: number): Session | null {
  let found: Session | null = null
  for (const session of sessions) {
    if (statusAt(session, now) !== 'in-session') continue
    if (found === null || namedBefore(session, found, now)) found = session
  }
  return found
}

function namedBefore(a: Session, b: Session, now: number): boolean {
  const aBySchedule = bySchedule(a, now)
  if (aBySchedule !== bySchedule(b, now)) return !aBySchedule
  return Date.parse(a.start) > Date.parse(b.start)
}

/** What a running session's line adds after its length: "; by its schedule…", or past a day with no end "; the feed gives no end". */
export function runningNote(running: Session, now: number): string {
  // A day on, "in session" is the feed's last word (or the clock's reading of a start), not news.
  if (bySchedule(running, now)) return `; ${byScheduleWords}`
  return running.end === null && now - Date.parse(running.start) >= 86_400_000
    ? '; the feed gives no end'
    : ''
}

/** A countdown rounds up to the minute ("45 min" until 44 min are left); the last minute in seconds. */
export function formatCountdown(ms: number): string {
  return formatDuration(ms >= 60_000 ? Math.ceil(ms / 60_000) * 60_000 : ms)
}

export type TalksNow =
  | { kind: 'in-session'; session: Session; since: number; text: string }
  | { kind: 'upcoming'; session: Session; startsIn: number; text: string }
  | { kind: 'between'; session: Session | null; text: string }
  /** Nothing under way or next: the latest news is sessions postponed or cancelled. */
  | { kind: 'called-off'; sessions: [Session, ...Session[]]; text: string }

/** Replay: why records of the feed are left out, said where the page would otherwise say "none". */
export const undatedNews = 'the feed does not say when they were announced'

/**
 * The sign before the words: ● in session, ◷ next to start, ✓ after a session, ○ before any, ↷ or
 * ✕ after sessions postponed or cancelled.
 */
export function talksSign(talks: TalksNow): string {
  switch (talks.kind) {
    case 'in-session':
      return '●'
    case 'upcoming':
      return '◷'
    case 'called-off':
      return calledOffSign(talks.sessions)
    case 'between':
      return talks.session ? '✓' : '○'
  }
}

/**
 * When a running session started, as short as it stays clear: its clock on the venue's day of
 * `now`, "Mon 10:00" in the week before, "10 Jun 2025, 10:00" before that (a session the feed
 * never ended).
 */
export function sinceWords(since: number, zone: string, now: number, precision: Precision): string {
  return calendarDaysBefore(since, now, zone) < 7
    ? formatClockBrief(since, zone, now, precision)
    : `${formatShortDate(since, zone, now)}, ${formatClock(since, zone, precision)}`
}

/**
 * One line on where the talks stand: "Day 2 starts in 45 min (10:00 London)", a day or more away
 * with the venue's date ("in 1 d 7 h (7 Apr 09:00 Lord Howe Island)"); a start a week or
 * more away by its date ("Day 2 starts 5 Jan (10:00 London)", the date the venue's, as its clock
 * beside it says); once all are over, when the last ended ("Day 2 concluded 2 Nov 2025", in
 * `dateZone`: the zone the page's times are in). Sessions postponed or cancelled since the last
 * held are named first ("Day 2 postponed, new date not announced; next: Day 3 starts in 45 min
 * ..."), or alone when nothing is to come.
 */
export function describeTalksNow(
  sessions: readonly Session[],
  now: number,
  venueZone: string,
  venueName: string,
  /** Sessions a replay leaves out, not known yet at its moment. */
  heldBack = 0,
  /** The zone a date with no clock beside it is stated in: the display zone (the venue's by default). */
  dateZone = venueZone,
): TalksNow {
  const ordered = [...sessions].sort((a, b) => Date.parse(a.start) - Date.parse(b.start))
  const running = runningSession(ordered, now)
  if (running) {
    const since = Date.parse(running.start)
    const note = runningNote(running, now)
    return {
      kind: 'in-session',
      session: running,
      since,
      text: `${running.title} in session since ${sinceWords(since, venueZone, now, running.startPrecision)} ${venueName} (${formatDuration(now - since)}${note})`,
    }
  }
  const next = ordered.find((s) => statusAt(s, now) === 'scheduled')
  const calledOff = calledOffSince(ordered, now, next ? Date.parse(next.start) : Infinity)
  const calledOffText = calledOffWords(
    calledOff,
    (s) => s.title,
    (at, precision) => newStartWords(at, venueZone, venueName, now, precision),
  )
  if (next) {
    const start = Date.parse(next.start)
    const day = start - now >= 86_400_000 ? `${formatShortDate(start, venueZone, now)} ` : ''
    const clock = `${formatClock(start, venueZone, next.startPrecision)} ${venueName}`
    return {
      kind: 'upcoming',
      session: next,
      startsIn: start - now,
      text:
        (calledOff.length > 0 ? `${calledOffText}; next: ` : '') +
        (start - now >= relativeLimitMs
          ? `${next.title} starts ${formatShortDate(start, venueZone, now)} (${clock})`
          : `${next.title} starts in ${formatCountdown(start - now)} (${day}${clock})`),
    }
  }
  const [firstCalledOff, ...moreCalledOff] = calledOff
  if (firstCalledOff)
    return { kind: 'called-off', sessions: [firstCalledOff, ...moreCalledOff], text: calledOffText }
  const last = ordered.at(-1) ?? null
  const ended = last && Date.parse(last.end ?? last.start)
  return {
    kind: 'between',
    session: last,
    text: last
      ? `${last.title} concluded ${formatShortDate(ended!, dateZone, now)}`
      : heldBack > 0
        ? `Sessions not shown yet: ${undatedNews}`
        : 'No sessions announced',
  }
}
