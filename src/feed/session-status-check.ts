/**
 * feed:check rules on a session's status against the moment the feed was written (pure): a session
 * under way or over cannot start after it; one still "in session" at it should not have ended or
 * have run for more than a day; one still "scheduled" a day after its end (or, with none, its start)
 * is likely a status nobody updated; and a new start is read only on a postponed session, after its
 * planned start.
 */
import type { RawFeed } from './raw-feed'
import { generatedSkewMs, validRecords, type FeedFinding } from './check-findings'
import { sessionSchema } from './schemas/sessions'
import type { Session } from './schemas/types'

const day = 86_400_000

type Mistake = { field: 'status' | 'rescheduledTo'; message: string }

function statusMistake(session: Session, generatedAt: string): string | null {
  const written = Date.parse(generatedAt)
  const start = Date.parse(session.start)
  const end = session.end === null ? null : Date.parse(session.end)
  const when = `(generatedAt ${generatedAt})`
  switch (session.status) {
    case 'postponed':
    case 'cancelled':
      return null
    case 'scheduled':
      if (end !== null && end < written - day)
        return `"scheduled" for a session that was to end at ${session.end}, more than a day before the feed was generated ${when} (expected "concluded" once it took place, "postponed" or "cancelled" if it did not: likely a status not updated; the page reads it as concluded by its schedule)`
      if (end === null && start < written - day)
        return `"scheduled" for a session that was to start at ${session.start}, more than a day before the feed was generated, with no end ${when} (expected "in-session" or "concluded" once it began, "postponed" or "cancelled" if it did not: likely a status not updated; the page reads it as in session by its schedule)`
      return null
    case 'in-session':
    case 'concluded':
      break
  }
  if (start > written + generatedSkewMs)
    return `"${session.status}" for a session that starts at ${session.start}, after the feed was generated ${when} (expected "scheduled": is its start's UTC offset right, or its status?)`
  if (session.status !== 'in-session') return null
  if (end !== null && end < written - generatedSkewMs)
    return `"in-session" for a session that ended at ${session.end}, before the feed was generated ${when} (expected "concluded")`
  if (end === null && start < written - day)
    return `"in-session" since ${session.start} with no end, more than a day before the feed was generated ${when} (expected "concluded" with its end, once it is over: the page counts it as in session for as long as it is open)`
  return null
}

function newStartMistake(session: Session, generatedAt: string): string | null {
  if (session.rescheduledTo === undefined) return null
  if (session.status !== 'postponed')
    return `rescheduledTo on a session whose status is "${session.status}" (expected it only with "postponed"; the page ignores it otherwise: once the session goes ahead, its new start belongs in start)`
  const newStart = Date.parse(session.rescheduledTo)
  if (newStart <= Date.parse(session.start))
    return `rescheduledTo ${session.rescheduledTo} is not after the start it was postponed from (${session.start}) (expected a later start; start keeps the planned one)`
  if (newStart < Date.parse(generatedAt) - day)
    return `postponed to ${session.rescheduledTo}, more than a day before the feed was generated (generatedAt ${generatedAt}) (expected the session's status updated once its new start came: its new start in start, status "scheduled", "in-session" or "concluded")`
  return null
}

function mistakes(session: Session, generatedAt: string): Mistake[] {
  const status = statusMistake(session, generatedAt)
  const newStart = newStartMistake(session, generatedAt)
  return [
    ...(status === null ? [] : [{ field: 'status' as const, message: status }]),
    ...(newStart === null ? [] : [{ field: 'rescheduledTo' as const, message: newStart }]),
  ]
}

export function sessionStatusFindings(feed: RawFeed, generatedAt: string): FeedFinding[] {
  return validRecords(feed.documents.sessions, 'sessions', sessionSchema).flatMap(({ record, i }) =>
    mistakes(record, generatedAt).map(({ field, message }) => ({
      severity: 'warning' as const,
      resource: 'sessions.json',
      path: `$.sessions[${i}].${field}`,
      message,
    })),
  )
}
