/**
 * feed:check rules on rounds, sessions and what was said (pure): a quote whose round contradicts
 * its session, sessions of one round that overlap, announcement times a replay cannot follow
 * (announcements-check.ts), developments and quotes dated outside every round's dates, and those and
 * the prices' as-of times (markets.json) dated after the feed was generated, and sessions' statuses
 * at that moment (session-status-check.ts).
 */
import type { RawFeed } from './raw-feed'
import { generatedSkewMs, validRecords, type FeedFinding } from './check-findings'
import { roundSpans } from './round-spans'
import { isCalledOff } from './called-off'
import { announcementFindings } from './announcements-check'
import { sessionStatusFindings } from './session-status-check'
import { developmentSchema } from './schemas/developments'
import { roundSchema } from './schemas/index'
import { indexPath } from './schemas/documents'
import { parseFeedIndex } from './parse-index'
import { quoteSchema } from './schemas/quotes'
import { instrumentSchema } from './schemas/markets'
import { sessionSchema } from './schemas/sessions'
import type { Round, Session } from './schemas/types'
import { zonedTimeToUtc, wallClock } from '../lib/zoned-time'

const day = 86_400_000

function roundSessionFindings(feed: RawFeed, sessions: Map<string, Session>): FeedFinding[] {
  return validRecords(feed.documents.quotes, 'quotes', quoteSchema).flatMap(
    ({ record: quote, i }) => {
      const session = quote.sessionId === null ? undefined : sessions.get(quote.sessionId)
      if (!session || session.roundId === quote.roundId) return []
      return [
        {
          severity: 'error' as const,
          resource: 'quotes.json',
          path: `$.quotes[${i}].roundId`,
          message: `roundId ${JSON.stringify(quote.roundId)} disagrees with its session ${JSON.stringify(session.id)}, which is in round ${JSON.stringify(session.roundId)} (expected the session's round)`,
        },
      ]
    },
  )
}

function overlapFindings(sessions: { record: Session; i: number }[]): FeedFinding[] {
  const byRound = new Map<string, { record: Session; i: number }[]>()
  // A session postponed or cancelled is never in session: its planned slot may be taken.
  for (const entry of sessions.filter(({ record }) => !isCalledOff(record)))
    byRound.set(entry.record.roundId, [...(byRound.get(entry.record.roundId) ?? []), entry])
  const findings: FeedFinding[] = []
  for (const list of byRound.values()) {
    const ordered = [...list].sort(
      (a, b) => Date.parse(a.record.start) - Date.parse(b.record.start),
    )
    ordered.forEach((current, n) => {
      const before = ordered[n - 1]
      if (!before?.record.end || Date.parse(current.record.start) >= Date.parse(before.record.end))
        return
      findings.push({
        severity: 'error',
        resource: 'sessions.json',
        path: `$.sessions[${current.i}].start`,
        message: `starts at ${current.record.start}, before ${JSON.stringify(before.record.id)} of the same round ends (${before.record.end}) (expected sessions of one round not to overlap)`,
      })
    })
  }
  return findings
}

type Window = { round: Round; from: number; to: number }

/** Each round's dates as whole local days: from the day it starts to the day it ends (or its last session starts). */
function roundWindows(rounds: readonly Round[], sessions: readonly Session[]): Window[] {
  return roundSpans(rounds, sessions).flatMap(({ round, start, end, sessions: own }) => {
    if (start === null) return []
    const lastKnown =
      end ??
      Math.max(
        start,
        ...own.map((s) => Date.parse(s.start)),
        ...own.flatMap((s) => (s.end ? [Date.parse(s.end)] : [])),
      )
    const from = zonedTimeToUtc(
      wallClock(new Date(start), round.timeZone).date,
      '00:00',
      round.timeZone,
    ).getTime()
    const to =
      zonedTimeToUtc(
        wallClock(new Date(lastKnown), round.timeZone).date,
        '00:00',
        round.timeZone,
      ).getTime() + day
    return [{ round, from, to }]
  })
}

function outsideFindings(feed: RawFeed, windows: Window[]): FeedFinding[] {
  if (windows.length === 0) return []
  const inside = (t: number) => windows.some((w) => w.from <= t && t < w.to)
  const localDate = (t: number, zone: string) => wallClock(new Date(t), zone).date
  const describe = (w: Window) =>
    `${w.round.name} ${localDate(w.from, w.round.timeZone)}…${localDate(w.to - 1, w.round.timeZone)}`
  const distance = (w: Window, t: number) => (t < w.from ? w.from - t : t - w.to)
  const finding = (resource: string, path: string, at: string): FeedFinding => {
    const t = Date.parse(at)
    const nearest = windows.reduce((best, w) => (distance(w, t) < distance(best, t) ? w : best))
    return {
      severity: 'warning',
      resource,
      path,
      message: `${at} is outside every round's dates (expected a time within a round; the nearest is ${describe(nearest)}; give a round its own start and end if it is longer than its sessions)`,
    }
  }
  return [
    ...validRecords(feed.documents.developments, 'developments', developmentSchema).flatMap(
      ({ record, i }) =>
        inside(Date.parse(record.at))
          ? []
          : [finding('developments.json', `$.developments[${i}].at`, record.at)],
    ),
    ...validRecords(feed.documents.quotes, 'quotes', quoteSchema).flatMap(({ record, i }) =>
      inside(Date.parse(record.saidAt))
        ? []
        : [finding('quotes.json', `$.quotes[${i}].saidAt`, record.saidAt)],
    ),
  ]
}

/**
 * A development happened or was published, a quote was said, a price was read: none can be dated
 * after the feed was written. Such a time is most often a wrong offset ("09:00Z" for 09:00 in Beijing), but may
 * be a `generatedAt` that a pipeline does not update with every document: a warning.
 */
function afterGeneratedFindings(feed: RawFeed, generatedAt: string): FeedFinding[] {
  const limit = Date.parse(generatedAt) + generatedSkewMs
  const finding = (resource: string, path: string, at: string): FeedFinding[] =>
    Date.parse(at) > limit
      ? [
          {
            severity: 'warning',
            resource,
            path,
            message: `${at} is after the feed was generated (generatedAt ${generatedAt}) (expected a time that has passed: is its UTC offset right, or is generatedAt in index.json out of date?)`,
          },
        ]
      : []
  return [
    ...validRecords(feed.documents.developments, 'developments', developmentSchema).flatMap(
      ({ record, i }) => finding('developments.json', `$.developments[${i}].at`, record.at),
    ),
    ...validRecords(feed.documents.quotes, 'quotes', quoteSchema).flatMap(({ record, i }) =>
      finding('quotes.json', `$.quotes[${i}].saidAt`, record.saidAt),
    ),
    ...validRecords(feed.documents.markets, 'instruments', instrumentSchema).flatMap(
      ({ record, i }) => finding('markets.json', `$.instruments[${i}].asOf`, record.asOf),
    ),
  ]
}

export function roundsFindings(feed: RawFeed): FeedFinding[] {
  const sessions = validRecords(feed.documents.sessions, 'sessions', sessionSchema)
  const byId = new Map(sessions.map(({ record }) => [record.id, record]))
  const rounds = validRecords(feed.documents.index, 'rounds', roundSchema)
  const generatedAt = parseFeedIndex(indexPath, feed.documents.index).data?.generatedAt
  // Rounds dated from a sessions list with a record dropped would be wrong: their dates wait for
  // it; and with a round dropped, its sessions' times would read as outside every round.
  const allSessionsValid = listLength(feed.documents.sessions, 'sessions') === sessions.length
  const allRoundsValid = listLength(feed.documents.index, 'rounds') === rounds.length
  return [
    ...roundSessionFindings(feed, byId),
    ...overlapFindings(sessions),
    ...(allSessionsValid ? announcementFindings(rounds, sessions) : []),
    ...(allSessionsValid && allRoundsValid
      ? outsideFindings(
          feed,
          roundWindows(
            rounds.map(({ record }) => record),
            [...byId.values()],
          ),
        )
      : []),
    ...(generatedAt ? afterGeneratedFindings(feed, generatedAt) : []),
    ...(generatedAt ? sessionStatusFindings(feed, generatedAt) : []),
  ]
}

/** How many records a raw document's list holds, valid or not (-1 without the list). */
function listLength(raw: unknown, list: string): number {
  const items =
    typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)[list] : null
  return Array.isArray(items) ? items.length : -1
}
