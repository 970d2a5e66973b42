import { isCalledOff } from '../../feed/called-off'
import type { Session } from '../../feed/schemas/types'
import type { AlertRule } from './alert-rules'

export type RuleSession = Pick<Session, 'id' | 'status' | 'start' | 'rescheduledTo'>

/**
 * The moment a move "since" the session is measured from: its start, or a postponed session's new
 * start once the feed gives one (the moment it is now listed to begin); null when it has none: a
 * cancelled session never begins, and one postponed with no new date has no moment yet.
 */
export function sinceMoment(session: RuleSession): number | null {
  switch (session.status) {
    case 'cancelled':
      return null
    case 'postponed':
      return session.rescheduledTo === undefined ? null : Date.parse(session.rescheduledTo)
    case 'scheduled':
    case 'in-session':
    case 'concluded':
      return Date.parse(session.start)
  }
}

/**
 * The session called off that keeps the rule from firing, or null: a session alert on one postponed
 * or cancelled (it fires only once the feed lists it as going ahead), a move measured since one
 * that has no moment to measure from (`sinceMoment`).
 */
export function calledOffBlocker(
  rule: AlertRule,
  sessions: ReadonlyMap<string, RuleSession>,
): RuleSession | null {
  if (rule.kind === 'session') {
    const session = rule.sessionId === null ? undefined : sessions.get(rule.sessionId)
    return session && isCalledOff(session) ? session : null
  }
  if ((rule.kind === 'move' || rule.kind === 'sigma') && rule.since.kind === 'session') {
    const session = sessions.get(rule.since.id)
    return session && sinceMoment(session) === null ? session : null
  }
  return null
}
