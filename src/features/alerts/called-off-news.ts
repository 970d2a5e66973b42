import { isCalledOff } from '../../feed/called-off'
import type { Session } from '../../feed/schemas/types'
import type { AlertRule } from './alert-rules'
import type { FiredAlert } from './alert-world'

type NewsSession = Pick<Session, 'id' | 'status' | 'rescheduledTo'>

/**
 * How each watched session stood when last looked at, by id: "on", "cancelled", "postponed" or
 * "postponed to <new start>". Kept in the browser, so a change made while the page was closed is
 * told on the next visit, and told once.
 */
export type SessionStandings = Readonly<Record<string, string>>

const standing = (session: NewsSession): string =>
  !isCalledOff(session)
    ? 'on'
    : session.status === 'postponed' && session.rescheduledTo !== undefined
      ? `postponed to ${session.rescheduledTo}`
      : session.status

/** Standings read back from storage: anything else is as if none were kept. */
export function parseStandings(stored: unknown): SessionStandings {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return {}
  return Object.fromEntries(
    Object.entries(stored).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  )
}

/**
 * A rule watching each session, by session id: an alert on its start or end (on any session's, all
 * of them), or a move measured since it. A muted rule watches nothing.
 */
function watchingRules(rules: readonly AlertRule[], sessions: readonly NewsSession[]) {
  const watching = new Map<string, string>()
  for (const rule of rules) {
    if (rule.muted) continue
    const ids =
      rule.kind === 'session'
        ? rule.sessionId === null
          ? sessions.map((s) => s.id)
          : [rule.sessionId]
        : (rule.kind === 'move' || rule.kind === 'sigma') && rule.since.kind === 'session'
          ? [rule.since.id]
          : []
    for (const id of ids) if (!watching.has(id)) watching.set(id, rule.id)
  }
  return watching
}

/**
 * The watched sessions the feed has postponed or cancelled (or given a new date) since the last
 * look, one alert each, and the standings to keep. A session not looked at before is its own
 * baseline: one already called off when its alert was set is not news. A session missing from the
 * list keeps its standing, so its return is compared with what was known.
 */
export function calledOffNews<S extends NewsSession>(
  rules: readonly AlertRule[],
  sessions: readonly S[],
  before: SessionStandings,
  words: (session: S) => { title: string; body: string },
): { fired: FiredAlert[]; standings: SessionStandings } {
  const watching = watchingRules(rules, sessions)
  const standings: Record<string, string> = {}
  for (const id of watching.keys()) if (before[id] !== undefined) standings[id] = before[id]
  const fired: FiredAlert[] = []
  for (const session of sessions) {
    const ruleId = watching.get(session.id)
    if (ruleId === undefined) continue
    const now = standing(session)
    const was = before[session.id]
    standings[session.id] = now
    if (was === undefined || was === now || now === 'on') continue
    fired.push({ key: `called-off:${session.id}:${now}`, ruleId, ...words(session) })
  }
  return { fired, standings }
}
