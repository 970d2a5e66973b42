import type { FeedFinding } from './check-findings'
import { roundSpans } from './round-spans'
import type { Round, Session } from './schemas/types'

/**
 * A replay lists a round or session from its `announcedAt`: one after the start would appear only
 * once under way, and a session announced before its round would appear without it.
 */
export function announcementFindings(
  rounds: readonly { record: Round; i: number }[],
  sessions: readonly { record: Session; i: number }[],
): FeedFinding[] {
  const warning = (resource: string, path: string, message: string): FeedFinding => ({
    severity: 'warning',
    resource,
    path,
    message,
  })
  const roundAt = new Map(rounds.map(({ record }) => [record.id, record.announcedAt]))
  const indexOf = new Map(rounds.map(({ record, i }) => [record, i]))
  const findings: FeedFinding[] = []
  roundSpans(
    rounds.map(({ record }) => record),
    sessions.map(({ record }) => record),
  ).forEach(({ round, start }) => {
    const i = indexOf.get(round)
    if (round.announcedAt && start !== null && Date.parse(round.announcedAt) > start)
      findings.push(
        warning(
          'index.json',
          `$.rounds[${i}].announcedAt`,
          `announced at ${round.announcedAt}, after the round began (${new Date(start).toISOString()}) (expected an announcement at or before the start: a replay would list the round only once under way)`,
        ),
      )
  })
  sessions.forEach(({ record: session, i }) => {
    if (!session.announcedAt) return
    const path = `$.sessions[${i}].announcedAt`
    const announced = Date.parse(session.announcedAt)
    if (announced > Date.parse(session.start))
      findings.push(
        warning(
          'sessions.json',
          path,
          `announced at ${session.announcedAt}, after the session began (${session.start}) (expected an announcement at or before the start: a replay would list it only once under way)`,
        ),
      )
    const round = roundAt.get(session.roundId)
    if (round && announced < Date.parse(round))
      findings.push(
        warning(
          'sessions.json',
          path,
          `announced at ${session.announcedAt}, before its round ${JSON.stringify(session.roundId)} (announced at ${round}) (expected the round to be known first: a replay in between would show the session without its round)`,
        ),
      )
  })
  return findings
}
