import type { Session } from '../../feed/schemas/types'
import { statusAt } from './talks-now'

export type SessionTiming =
  | { status: 'concluded'; duration: number | null }
  | { status: 'in-session'; since: number; plannedEnd: number | null }
  | { status: 'scheduled'; startsAt: number; duration: number | null }
  | { status: 'postponed'; rescheduledTo: number | null }
  | { status: 'cancelled' }

/** What the clock says about a session at `now`. */
export function sessionTiming(session: Session, now: number): SessionTiming {
  const start = Date.parse(session.start)
  const end = session.end ? Date.parse(session.end) : null
  const status = statusAt(session, now)
  const duration = end !== null ? end - start : null
  switch (status) {
    case 'concluded':
      return { status, duration }
    case 'in-session':
      return { status, since: start, plannedEnd: end }
    case 'scheduled':
      return { status, startsAt: start, duration }
    case 'postponed':
      return {
        status,
        rescheduledTo: session.rescheduledTo ? Date.parse(session.rescheduledTo) : null,
      }
    case 'cancelled':
      return { status }
  }
}

/** The next session to start after `now`, if any. */
export function nextSession(sessions: readonly Session[], now: number): Session | null {
  return (
    [...sessions]
      .filter((s) => statusAt(s, now) === 'scheduled')
      .sort((a, b) => Date.parse(a.start) - Date.parse(b.start))[0] ?? null
  )
}
