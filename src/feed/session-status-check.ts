/**
 * feed:check rules on a session's status against the moment the feed was written (pure): a session
 * under way or over cannot start after it, and one still "in session" at it should not have ended
 * or have run for more than a day.
 */
import type { RawFeed } from './raw-feed'
import { generatedSkewMs, validRecords, type FeedFinding } from './check-findings'
import { sessionSchema } from './schemas/sessions'
import type { Session } from './schemas/types'

const day = 86_400_000

function statusMistake(session: Session, generatedAt: string): string | null {
  const written = Date.parse(generatedAt)
  const start = Date.parse(session.start)
  const end = session.end === null ? null : Date.parse(session.end)
  const when = `(generatedAt ${generatedAt})`
  if (session.status !== 'scheduled' && start > written + generatedSkewMs)
    return `"${session.status}" for a session that starts at ${session.start}, after the feed was generated ${when} (expected "scheduled": is its start's UTC offset right, or its status?)`
  if (session.status !== 'in-session') return null
  if (end !== null && end < written - generatedSkewMs)
    return `"in-session" for a session that ended at ${session.end}, before the feed was generated ${when} (expected "concluded")`
  if (end === null && start < written - day)
    return `"in-session" since ${session.start} with no end, more than a day before the feed was generated ${when} (expected "concluded" with its end, once it is over: the page counts it as in session for as long as it is open)`
  return null
}

export function sessionStatusFindings(feed: RawFeed, generatedAt: string): FeedFinding[] {
  return validRecords(feed.documents.sessions, 'sessions', sessionSchema).flatMap(
    ({ record, i }) => {
      const message = statusMistake(record, generatedAt)
      return message
        ? [
            {
              severity: 'warning' as const,
              resource: 'sessions.json',
              path: `$.sessions[${i}].status`,
              message,
            },
          ]
        : []
    },
  )
}
