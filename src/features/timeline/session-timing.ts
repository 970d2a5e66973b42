import type { Session } from '../../feed/schemas/types'
import { statusAt } from './talks-now'

export type SessionTiming =
  | { status: 'concluded'; duration: number | null }
  | { status: 'in-session'; since: number; plannedEnd: number | null }
  | { status: 'scheduled'; startsAt: number; duration: number | null }

/** What the clock says about a session at `now`. */
export function sessionTiming(session: Session, now: number): SessionTiming {
  const start = Date.parse(session.start)
  const end = session.end ? Date.parse(session.end) : null
  const status = statusAt(session, now)
  const duration = end !== null ? end - start : null
  if (status === 'concluded') return { status, duration }
  if (status === 'in-session') return { status, since: start, plannedEnd: end }
  return { status, startsAt: start, duration }
}

/** The next session to start after `now`, if any. */
export function nextSession(sessions: readonly Session[], now: number): Session | null {
  return (
    [...sessions]
      .filter((s) => statusAt(s, now) === 'scheduled')
      .sort((a, b) => Date.parse(a.start) - Date.parse(b.start))[0] ?? null
  )
}
