import { indexAtOrAfter, indexAtOrBefore } from '../../lib/rebase'
import { wallClock } from '../../lib/zoned-time'
import { dailyCloses, horizonMoves, sigmaOf, stepMoves } from './move-sigma'
import { moveBetween, type MoveUnit } from '../../lib/move-unit'
import type { Move, Reaction, ReactionMarket } from './reaction'
import { tradingSpans, type PreparedSeries, type Span } from './series-view'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 86_400_000
/** The longest a market closes for a holiday (a long weekend, Golden Week is longer: rare). */
const longestHolidayMs = 4 * DAY
const QUARTER = 15 * MINUTE
const notApplicable: Move = { at: null, move: null, na: true, sigma: null }

/** The calendar date in a zone, looked up once per quarter hour (zone offsets are whole quarters). */
function dater(zone: string): (t: number) => string {
  const cache = new Map<number, string>()
  return (t) => {
    const key = Math.floor(t / QUARTER)
    let date = cache.get(key)
    if (date === undefined) {
      date = wallClock(new Date(key * QUARTER), zone).date
      cache.set(key, date)
    }
    return date
  }
}

/** The close of each trading day from the day holding `first`, in order: [day, close][]. */
function dayCloses(spans: readonly Span[], dateOf: (t: number) => string): [string, number][] {
  const closes = new Map<string, number>()
  for (const [open, close] of spans) {
    const day = dateOf(open)
    closes.set(day, Math.max(closes.get(day) ?? -Infinity, close))
  }
  return [...closes.entries()]
}

/** Whether the series has a price inside this session. */
function holdsPrice(points: readonly { t: number }[], [open, close]: Span): boolean {
  const i = indexAtOrAfter(points, open)
  return i >= 0 && points[i]!.t < close
}

/** Whether the series has a price after this session closed. */
function pricedAfter(points: readonly { t: number }[], [, close]: Span): boolean {
  return (points.at(-1)?.t ?? -Infinity) >= close
}

/**
 * Intraday data: a market open at the event starts from its last value at the event; a closed one
 * from its first trade at its next open. A horizon beyond the last point has no move yet.
 */
export function intradayReaction(
  market: ReactionMarket,
  series: PreparedSeries,
  eventAt: number,
  unit: MoveUnit,
  stepMs: number,
): Reaction {
  const points = series.points
  const spans = tradingSpans(market, [eventAt - 7 * DAY, eventAt + 14 * DAY])
  const inHours = spans.find(([open, close]) => open <= eventAt && eventAt < close)
  // A session of the weekly hours the series has no price in, though it has later ones, is a
  // holiday the hours do not know (the S&P 500 on 19 June): the market was closed at the event.
  const current =
    inHours && (holdsPrice(points, inHours) || !pricedAfter(points, inHours) ? inHours : undefined)
  let session = current ?? spans.find(([open]) => open > eventAt) ?? null
  // A market open at the event counts from a price of this session or the one before; an older
  // one is of a series that had stopped.
  const previousOpen = current && spans.filter(([, close]) => close <= current[0]).at(-1)?.[0]
  const closedAtEvent = current === undefined
  const none: Move = { at: null, move: null, sigma: null }
  let baseAt = session ? (closedAtEvent ? session[0] : eventAt) : null
  const empty: Reaction = {
    instrumentId: market.id,
    cadence: 'intraday',
    unit,
    closedAtEvent,
    baseAt,
    baseValue: null,
    m15: none,
    h1: none,
    close: none,
    next: none,
    d5: none,
  }
  if (!session || baseAt === null) return empty

  const baseIndex = closedAtEvent ? indexAtOrAfter(points, baseAt) : indexAtOrBefore(points, baseAt)
  const fallback = baseIndex < 0 && !closedAtEvent ? indexAtOrAfter(points, baseAt) : baseIndex
  if (fallback < 0) return empty
  const base = points[fallback]!
  if (previousOpen !== undefined && base.t < previousOpen) return empty
  // A first price more than a long holiday after counting should start is not a reaction to the
  // event: the series starts later (said so), or it had stopped.
  if (base.t > baseAt + longestHolidayMs)
    return fallback === 0 ? { ...empty, seriesStartsAt: base.t } : empty
  // Closed at the event, and no price in the next session of the weekly hours (a holiday they do
  // not know): counting starts at the open of the session its first price came in, and the
  // horizons count from there, not from a holiday's open (whose +15 min read the day before's).
  if (closedAtEvent && base.t >= session[1]) {
    const held = spans.find(([open, close]) => open <= base.t && base.t < close)
    if (held) {
      session = held
      baseAt = held[0]
    }
  }
  const lastT = points.at(-1)?.t ?? -Infinity
  const context = { basis: series.basis, unit }
  const dateOf = dater(market.timeZone)

  // Trading days by the local date their sessions open on; a day's close is its last session's close.
  const days = dayCloses(spans, dateOf)
  const today = days.findIndex(([day]) => day === dateOf(session[0]))
  const closeOf = (k: number) => days[today + k]?.[1] ?? null
  let closes: ReturnType<typeof dailyCloses> | null = null
  const history = (k: number) => stepMoves((closes ??= dailyCloses(points, dateOf)), k, context)

  const moveAt = (at: number | null, moves: () => number[]): Move => {
    if (at === null || at > lastT) return { at, move: null, sigma: null }
    const i = indexAtOrBefore(points, at)
    if (i < 0) return { at, move: null, sigma: null }
    if (points[i]!.t <= base.t) return { at, move: null, sigma: null, sameBar: true }
    const move = moveBetween(base.v, points[i]!.v, series.basis, unit)
    return { at, move, sigma: move === null ? null : sigmaOf(move, moves()) }
  }
  // A horizon finer than the data (+15 min on hourly bars) has no figure.
  const within = (horizon: number): Move =>
    stepMs > horizon
      ? notApplicable
      : moveAt(baseAt + horizon, () => horizonMoves(points, horizon, stepMs, context, base.t))
  // Bars coarser than an hour: the first bar after the base, when it comes within one bar (not the
  // next session's first, across a close).
  const firstBar = (): Move & { stepMs: number } => {
    const at = baseAt + stepMs
    const i = indexAtOrBefore(points, at)
    const move =
      i > fallback && points[i]!.t > base.t
        ? moveBetween(base.v, points[i]!.v, series.basis, unit)
        : null
    return { at, move, sigma: null, stepMs }
  }
  return {
    ...empty,
    baseAt,
    baseValue: base.v,
    basePriceAt: base.t,
    m15: within(15 * MINUTE),
    h1: within(HOUR),
    ...(stepMs > HOUR ? { firstBar: firstBar() } : {}),
    close: moveAt(closeOf(0), () => history(1)),
    next: moveAt(closeOf(1), () => history(2)),
    d5: moveAt(closeOf(5), () => history(6)),
  }
}
