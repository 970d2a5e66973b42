import type { Session } from './schemas/types'

/**
 * Postponed or cancelled: the session will not take place at its start. No clock reading makes
 * one in session, next to start or over, and no chart draws it as a span of talks.
 */
export function isCalledOff(session: Pick<Session, 'status'>): boolean {
  switch (session.status) {
    case 'postponed':
    case 'cancelled':
      return true
    case 'scheduled':
    case 'in-session':
    case 'concluded':
      return false
  }
}

/** " (postponed)" or " (cancelled)" after a session's name where it is listed; else nothing. */
export const calledOffMark = (session: Pick<Session, 'status'>): string =>
  isCalledOff(session) ? ` (${session.status})` : ''
