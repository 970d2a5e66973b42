import type { Session } from '../../feed/schemas/types'
import { formatClock, formatShortDate, type Precision } from '../../lib/format-time'

/** More called-off sessions than this in one line are counted, not named. */
const namedAtMost = 3

/**
 * "Day 2 postponed to 12 Jun (10:00 London)", "Day 2 postponed, new date not announced", "Day 3
 * cancelled", joined by "; "; past three, a count of the rest. `name` names a session, `when` a new
 * start.
 */
export function calledOffWords(
  sessions: readonly Session[],
  name: (session: Session) => string,
  when: (at: number, precision: Precision) => string,
): string {
  const named = sessions.slice(0, namedAtMost).map((session) => {
    if (session.status === 'cancelled') return `${name(session)} cancelled`
    return session.rescheduledTo === undefined
      ? `${name(session)} postponed, new date not announced`
      : `${name(session)} postponed to ${when(Date.parse(session.rescheduledTo), session.startPrecision)}`
  })
  const rest = sessions.length - named.length
  return [...named, ...(rest > 0 ? [`${rest} more called off`] : [])].join('; ')
}

/** ↷ while one of them is postponed (it may still take place), ✕ when all are cancelled. */
export const calledOffSign = (sessions: readonly Session[]) =>
  sessions.some((session) => session.status === 'postponed') ? '↷' : '✕'

/** A postponed session's new start: "12 Jun (10:00 London)". */
export function newStartWords(
  at: number,
  zone: string,
  place: string,
  now: number,
  precision: Precision,
): string {
  return `${formatShortDate(at, zone, now)} (${formatClock(at, zone, precision)}${place ? ` ${place}` : ''})`
}
