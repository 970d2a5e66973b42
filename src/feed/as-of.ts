// Longer than 200 lines: the as-of cut of every document, instruments and their day change
// included. Split in two, the instrument half became a chunk of its own on the start-up path.
import type {
  Development,
  FeedIndex,
  Instrument,
  OpenIssue,
  Quote,
  Round,
  Scenario,
  Series,
  Session,
  SessionStatus,
} from './schemas/types'
import { previousDayClose } from './previous-day-close'
import {
  firstPointTime,
  lastPointAtOrBefore,
  pointsAtOrBefore,
  pointsInOrder,
} from './series-times'

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

/**
 * A session's status at t: scheduled before its start, in session until its end, then concluded;
 * never further than the feed's own word (one the feed lists as scheduled stays so: a cut at a
 * moment after the feed was written does not say it began). One postponed or cancelled is so from
 * its start: the feed does not say when that was decided.
 */
export function sessionStatusAt(session: Session, t: number): SessionStatus {
  if (t < at(session.start)) return 'scheduled'
  switch (session.status) {
    case 'scheduled':
    case 'postponed':
    case 'cancelled':
      return session.status
    case 'in-session':
    case 'concluded':
      return session.end === null || t < at(session.end) ? 'in-session' : 'concluded'
  }
}

/**
 * Every session stays listed (schedules are announced in advance), its status recomputed for t.
 * An end after t is not known yet: it becomes null, and so do the hindsight fields that come with
 * it (the length note and the outcome signals of a session that had not ended). Its summary stays:
 * the timeline and the charts hold it back in replay until the session is over.
 */
export function sessionAsOf(session: Session, t: number): Session {
  const status = sessionStatusAt(session, t)
  if (session.end === null || at(session.end) <= t) {
    return status === session.status ? session : withStatus(session, status)
  }
  const rest = { ...withStatus(session, status), end: null, outcomeSignals: [] }
  delete rest.durationNote
  return rest
}

/** A postponed session read as scheduled (before its start) does not know its new start yet. */
function withStatus(session: Session, status: SessionStatus): Session {
  const changed = { ...session, status }
  if (status !== 'postponed') delete changed.rescheduledTo
  return changed
}

export function sessionsAsOf(sessions: readonly Session[], t: number): Session[] {
  return sessions.map((session) => sessionAsOf(session, t))
}

/**
 * Replay: the sessions known at t, each as of t. One with `announcedAt` is known from then, else
 * from the start of its round's first session (a round's schedule counts as known once the round
 * is under way). The demo's live day lists every session instead, as a publisher would.
 */
export function sessionsKnownAt(sessions: readonly Session[], t: number): Session[] {
  const roundStarts = new Map<string, number>()
  for (const { roundId, start } of sessions)
    roundStarts.set(roundId, Math.min(roundStarts.get(roundId) ?? Infinity, at(start)))
  const known: Session[] = []
  for (const session of sessions) {
    const from =
      session.announcedAt === undefined
        ? roundStarts.get(session.roundId)!
        : at(session.announcedAt)
    if (from <= t) known.push(sessionAsOf(session, t))
  }
  return known
}

/**
 * A replay's documents say how many records of the feed they leave out because those were not
 * known yet: a page that would say "no next session" or "no next round" must not say it of them.
 * Plain fields, so they survive React Query's structural sharing; absent when live.
 */
export type HeldBack = { heldBack?: number }

/** Replay: a round with neither `announcedAt` nor `start` is known once one of its sessions is. */
export type RoundAsOf = Round & { knownThroughSessions?: true }

export function isKnownThroughSessions(round: Round): boolean {
  return (round as RoundAsOf).knownThroughSessions === true
}

function roundsAsOf(rounds: readonly Round[], t: number): RoundAsOf[] {
  const known: RoundAsOf[] = []
  for (const round of rounds) {
    const from = round.announcedAt ?? round.start
    if (from === undefined) known.push({ ...round, knownThroughSessions: true })
    else if (at(from) <= t) known.push(round)
  }
  return known
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

/**
 * Points measured from a close still to come: a percent-change series' values are % against its
 * reference close, so none of them could be known before that close.
 */
function measuredFromLaterClose(series: Series, t: number): boolean {
  return series.basis === 'percent-change' && at(series.reference.at) > t
}

/** The series cut at t: only the points known then, those with a time at or before t. */
export function seriesAsOf(series: Series, t: number): Series {
  if (measuredFromLaterClose(series, t))
    return series.points.length === 0 ? series : { ...series, points: [] }
  const points = pointsAtOrBefore(series.points, t)
  return points === series.points ? series : { ...series, points }
}

/**
 * Why an instrument lacks a figure at t: words the UI shows, ending on the moment `at` when there
 * is one (the UI writes it in the viewer's zone).
 */
/** Why a figure is missing: `words`, then the moment `at` if any; `brief` in place of `words` where room is short. */
export type Unavailable = { words: string; at: string | null; brief?: string }

/**
 * An instrument at t; `unavailable` says why a figure is missing (null when none is).
 * `changeFromSeries`: the day change was read from the series' previous trading day, the
 * reference close being later than t.
 */
export type InstrumentAsOf = {
  instrument: Instrument
  unavailable: Unavailable | null
  changeFromSeries?: boolean
}

function round2(value: number): number {
  return Math.round(value * 100) / 100
}

/**
 * A level series' day change at `point` against its own close of the trading day before (see
 * previousDayClose); none from an illustrative path, whose prices are invented.
 */
function dayChangeFromSeries(
  series: Series,
  point: Series['points'][number],
  market: Pick<Instrument, 'timeZone' | 'tradingHours'>,
): Pick<Instrument, 'change' | 'changePercent'> | null {
  if (series.illustrative || series.basis === 'percent-change') return null
  const before = previousDayClose(pointsInOrder(series.points), at(point.t), market)
  if (!before || before.v === 0) return null
  return {
    change: point.v - before.v,
    changePercent: round2(((point.v - before.v) / Math.abs(before.v)) * 100),
  }
}

/**
 * An instrument's snapshot at t, derived from its series:
 * - at or after the instrument's own `asOf`, the feed's figures as given (nothing to derive);
 * - level basis: `last` is the last point at or before t, `changePercent` against the reference
 *   close for a point after it; for a point at or before it, `change` and `changePercent` against
 *   the series' own close of the day before (dayChangeFromSeries, `changeFromSeries` set), else
 *   not known;
 * - percent-change basis: `changePercent` is the last point's value if it came after the
 *   reference close (else not known), `last` stays null;
 * - `asOf` is that point's time.
 * Before the first point, a level series' reference close, once it has happened, is `last` (as of
 * its time, with no day change); otherwise (or with no series) the instrument is kept with null
 * figures, `asOf` = t, and `unavailable` says why.
 */
export function instrumentAsOf(
  instrument: Instrument,
  series: Series | undefined,
  t: number,
): InstrumentAsOf {
  if (at(instrument.asOf) <= t) return { instrument, unavailable: null }
  const empty = (unavailable: Unavailable): InstrumentAsOf => ({
    instrument: { ...instrument, last: null, change: null, changePercent: null, asOf: isoAt(t) },
    unavailable,
  })
  if (!series)
    return empty({
      words: `No price series for ${instrument.shortName}: no figure before`,
      at: instrument.asOf,
    })
  const label = `“${series.reference.label}”`
  const measuredFrom: Unavailable = {
    words: `Day change not known yet: it is measured from ${label}, at`,
    brief: 'Day change known from',
    at: series.reference.at,
  }
  if (measuredFromLaterClose(series, t)) return empty(measuredFrom)
  const point = lastPointAtOrBefore(series.points, t)
  const sinceClose = (at: string): Unavailable => ({
    words: `Day change not known: no price since the reference close, ${label}, at`,
    brief: 'No price since the close at',
    at,
  })
  if (!point) {
    // Before the day's first price, the close the series is measured from is its latest level.
    const close = series.reference
    if (series.basis === 'level' && close.value !== null && at(close.at) <= t)
      return {
        instrument: {
          ...instrument,
          last: close.value,
          change: null,
          changePercent: null,
          asOf: close.at,
        },
        unavailable: sinceClose(close.at),
      }
    const first = firstPointTime(series.points)
    return empty({
      words:
        first === null
          ? `No prices for ${instrument.shortName} yet`
          : `No prices for ${instrument.shortName} yet: the series starts`,
      at: first === null ? null : isoAt(first),
    })
  }
  const referenceKnown = at(series.reference.at) <= t
  // Against the reference close, only a price after it is a move of the day; one at or before
  // it reads 0.00% at the close itself, which says nothing of that day.
  const afterReference = at(point.t) > at(series.reference.at)
  const note: Unavailable | null = afterReference
    ? null
    : referenceKnown
      ? sinceClose(series.reference.at)
      : measuredFrom
  if (series.basis === 'percent-change') {
    return {
      instrument: {
        ...instrument,
        last: null,
        change: null,
        changePercent: afterReference ? point.v : null,
        asOf: point.t,
      },
      unavailable: note,
    }
  }
  const fromSeries = afterReference ? null : dayChangeFromSeries(series, point, instrument)
  if (fromSeries)
    return {
      instrument: { ...instrument, last: point.v, ...fromSeries, asOf: point.t },
      unavailable: null,
      changeFromSeries: true,
    }
  const reference = series.reference.value
  const againstReference = afterReference && reference !== null
  const changePercent =
    againstReference && reference !== 0
      ? round2(((point.v - reference) / Math.abs(reference)) * 100)
      : null
  const change = againstReference ? point.v - reference : null
  return {
    instrument: { ...instrument, last: point.v, change, changePercent, asOf: point.t },
    unavailable:
      afterReference && reference === null
        ? { words: 'Day change not known: the series gives no reference close', at: null }
        : note,
  }
}

/** Every instrument at t; `seriesById` maps instrument id to its series (missing ones are allowed). */
export function instrumentsAsOf(
  instruments: readonly Instrument[],
  seriesById: ReadonlyMap<string, Series>,
  t: number,
): InstrumentAsOf[] {
  return instruments.map((instrument) =>
    instrumentAsOf(instrument, seriesById.get(instrument.id), t),
  )
}

/**
 * The index at t: `pinnedNow` is t, a generation time after t is brought back to t, and a round is
 * listed from its `announcedAt`, else from its `start` (else as soon as one of its sessions is).
 */
export function indexAsOf<I extends FeedIndex>(index: I, t: number): I & HeldBack {
  const rounds = roundsAsOf(index.rounds, t)
  return {
    ...index,
    rounds,
    heldBack: index.rounds.length - rounds.length,
    pinnedNow: isoAt(t),
    generatedAt: at(index.generatedAt) > t ? isoAt(t) : index.generatedAt,
  }
}
