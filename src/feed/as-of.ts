import type {
  Development,
  FeedIndex,
  OpenIssue,
  Quote,
  Scenario,
  Series,
  Session,
  SessionStatus,
} from './schemas/types'

/**
 * The feed as it was known at an instant t (ms since epoch): replay (`?asof=`) and the demo's live
 * day both show only what had happened by then. Pure functions; they never add a record, and a
 * record kept at t1 is kept at every later t2.
 */

function at(iso: string): number {
  return Date.parse(iso)
}

/** ISO 8601 with an explicit offset (UTC), as the feed format requires. */
export function isoAt(t: number): string {
  return new Date(t).toISOString()
}

/** A session's status at t: scheduled before its start, in session until its end, then concluded. */
export function sessionStatusAt(session: Session, t: number): SessionStatus {
  if (t < at(session.start)) return 'scheduled'
  if (session.end === null || t < at(session.end)) return 'in-session'
  return 'concluded'
}

/**
 * Every session stays listed (schedules are announced in advance), its status recomputed for t.
 * An end after t is not known yet: it becomes null, and so do the hindsight fields that come with
 * it (the length note and the outcome signals of a session that had not ended).
 */
export function sessionAsOf(session: Session, t: number): Session {
  const status = sessionStatusAt(session, t)
  if (session.end === null || at(session.end) <= t) {
    return status === session.status ? session : { ...session, status }
  }
  const rest = { ...session, status, end: null, outcomeSignals: [] }
  delete rest.durationNote
  return rest
}

export function sessionsAsOf(sessions: readonly Session[], t: number): Session[] {
  return sessions.map((session) => sessionAsOf(session, t))
}

export function developmentsAsOf(developments: readonly Development[], t: number): Development[] {
  return developments.filter((development) => at(development.at) <= t)
}

export function quotesAsOf(quotes: readonly Quote[], t: number): Quote[] {
  return quotes.filter((quote) => at(quote.saidAt) <= t)
}

/** Open issues and scenarios carry no time: they are shown as the feed has them. */
export function issuesAsOf<
  D extends { issues: readonly OpenIssue[]; scenarios: readonly Scenario[] },
>(document: D, _t: number): D {
  return document
}

/** The series cut at t: only the points with a time at or before t. */
export function seriesAsOf(series: Series, t: number): Series {
  const points = series.points.filter((point) => at(point.t) <= t)
  return points.length === series.points.length ? series : { ...series, points }
}

/** The index at t: `pinnedNow` is t, and a generation time after t is brought back to t. */
export function indexAsOf<I extends FeedIndex>(index: I, t: number): I {
  return {
    ...index,
    pinnedNow: isoAt(t),
    generatedAt: at(index.generatedAt) > t ? isoAt(t) : index.generatedAt,
  }
}
