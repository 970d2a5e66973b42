import type { Instrument, Series } from '../feed/schemas/types'
import { formatMove, moveBetween, moveUnit } from '../lib/move-unit'
import { indexAtOrAfter, indexAtOrBefore, type TimedValue } from '../lib/rebase'
import { pointsInOrder } from '../feed/series-times'
import { tradingSessionsBetween } from '../feed/trading-hours'
import { formatDateTime } from '../lib/format-time'

/** A price an instrument had, as kept for "since you last looked". */
export type PricePoint = { t: number; v: number }

/** One figure of the briefing: a move in words, or why there is none (never a made-up 0). */
export type MoveFigure =
  | { kind: 'move'; value: number; text: string }
  /** `pricesFrom`: the series begins after the round did, at that time. */
  | { kind: 'none'; text: string; pricesFrom?: number; detail?: string }

export type InstrumentMove = {
  id: string
  name: string
  /** Its moves come from an illustrative path, not real prices. */
  illustrative: boolean
  /** The latest price at or before now, for the next "since you last looked". */
  latest: PricePoint | null
  sinceRound: MoveFigure
  sinceLook: MoveFigure
}

type SeriesState = { series: Series | undefined; error: unknown }

/**
 * When the round began: a time, null when no round has begun, or unknown (while the sessions or
 * the feed index load, or after they failed) with the words that say why.
 */
export type RoundStart = number | null | { unknown: string }

/** The start of the round in session or the latest (`round`), or why it is not known yet. */
export function roundStartOf(
  round: { start: number | null } | null,
  loaded: boolean,
  failed: { index: boolean; sessions: boolean },
): RoundStart {
  if (round) return round.start
  if (loaded) return null
  if (failed.index) return { unknown: 'round unknown: feed index unavailable' }
  if (failed.sessions) return { unknown: 'round unknown: sessions unavailable' }
  return { unknown: 'loading' }
}

function points(series: Series): readonly TimedValue[] {
  return pointsInOrder(series.points)
}

function figure(from: number, to: number, series: Series, instrument: Instrument): MoveFigure {
  const unit = moveUnit(instrument, series)
  const move = moveBetween(from, to, series.basis, unit)
  return move === null
    ? { kind: 'none', text: 'not known' }
    : { kind: 'move', value: move, text: formatMove(move, unit, instrument) }
}

/**
 * Whether a series' first price after the round began (at `first`) stands for the round's start:
 * when the market was closed then and this is a price of its next session (the round began on a
 * weekend, the market opened later that day). Not when the market was open at the start and the
 * series begins later: a move from there is not one since the round began.
 */
function standsForRoundStart(
  first: number,
  roundStart: number,
  { tradingHours, timeZone }: Pick<Instrument, 'tradingHours' | 'timeZone'>,
): boolean {
  if (tradingHours.length === 0) return true
  const [next] = tradingSessionsBetween(
    new Date(roundStart),
    new Date(first + 1),
    tradingHours,
    timeZone,
  )
  const opensAfter = next !== undefined && next[0].getTime() >= roundStart
  return opensAfter && first <= next[1].getTime()
}

/**
 * The close a series is measured from, when it was the market's last price as the round began: no
 * trading session between them. Its level, or 0 % for a percent-change series; null if unknown.
 */
function closeAtRoundStart(
  series: Series,
  roundStart: number,
  { tradingHours, timeZone }: Pick<Instrument, 'tradingHours' | 'timeZone'>,
): TimedValue | null {
  const t = Date.parse(series.reference.at)
  const v = series.basis === 'percent-change' ? 0 : series.reference.value
  if (Number.isNaN(t) || v === null || t > roundStart || tradingHours.length === 0) return null
  const between = tradingSessionsBetween(
    new Date(t + 1),
    new Date(roundStart),
    tradingHours,
    timeZone,
  )
  return between.length === 0 ? { t, v } : null
}

/**
 * Each instrument's move since the round began (from its last price at or before the start, the
 * close its series is measured from when the market had not traded since, or its first price in
 * the round when it has neither) and since the viewer last looked, to its last
 * price at or before `now`. A series that failed says "unavailable"; one still loading, "loading";
 * with the round's start unknown, the move since it says why (never "round not begun").
 */
export function instrumentMoves(
  instruments: readonly Instrument[],
  series: readonly (SeriesState | undefined)[],
  now: number,
  roundStart: RoundStart,
  lastLook: Readonly<Record<string, PricePoint>> | null,
): InstrumentMove[] {
  return instruments.map((instrument, i) => {
    const state = series[i]
    const base = {
      id: instrument.id,
      name: instrument.shortName,
      illustrative: state?.series?.illustrative ?? false,
      latest: null,
    }
    if (!state?.series) {
      const text = state?.error ? 'unavailable' : 'loading'
      return { ...base, sinceRound: { kind: 'none', text }, sinceLook: { kind: 'none', text } }
    }
    const list = points(state.series)
    const last = list[indexAtOrBefore(list, now)]
    // Before the round there is no move since it, whether or not prices have come.
    const notBegun = roundStart === null || (typeof roundStart === 'number' && roundStart > now)
    if (!last)
      return {
        ...base,
        sinceRound: { kind: 'none', text: notBegun ? 'round not begun' : 'no prices yet' },
        sinceLook: { kind: 'none', text: 'no prices yet' },
      }
    let sinceRound: MoveFigure
    if (typeof roundStart === 'object' && roundStart !== null)
      sinceRound = { kind: 'none', text: roundStart.unknown }
    else if (notBegun) sinceRound = { kind: 'none', text: 'round not begun' }
    else {
      const before =
        list[indexAtOrBefore(list, roundStart)] ??
        closeAtRoundStart(state.series, roundStart, instrument)
      const after = list[indexAtOrAfter(list, roundStart)]
      const from =
        before ?? (after && standsForRoundStart(after.t, roundStart, instrument) ? after : null)
      // With no price since the round began there is no move to tell, not a move of 0.
      sinceRound =
        !before && after && after.t <= last.t && !from
          ? { kind: 'none', text: 'no price at the round’s start', pricesFrom: after.t }
          : from && from.t <= last.t && last.t >= roundStart
            ? figure(from.v, last.v, state.series, instrument)
            : { kind: 'none', text: 'no prices in the round' }
    }
    const looked = lastLook?.[instrument.id]
    const sinceLook: MoveFigure = !lastLook
      ? { kind: 'none', text: 'first look' }
      : looked
        ? figure(looked.v, last.v, state.series, instrument)
        : { kind: 'none', text: 'not seen before' }
    return { ...base, latest: { t: last.t, v: last.v }, sinceRound, sinceLook }
  })
}

/**
 * Whether every instrument's latest price is the one the viewer saw last time (no price has come
 * since). Only said from complete data: false while a series is loading or has failed, or when an
 * instrument has no price or was not seen before.
 */
export function noNewPricesSince(
  moves: readonly InstrumentMove[],
  allLoaded: boolean,
  lookPrices: Readonly<Record<string, PricePoint>>,
): boolean {
  return (
    allLoaded &&
    moves.length > 0 &&
    moves.every((move) => move.latest !== null && lookPrices[move.id]?.t === move.latest.t)
  )
}

/** A move's "no price at the round's start" says, in the zone, when its prices begin. */
export function withPricesFrom(move: InstrumentMove, zone: string): InstrumentMove {
  const figure = move.sinceRound
  if (figure.kind !== 'none' || figure.pricesFrom === undefined) return move
  const detail = `its prices begin ${formatDateTime(figure.pricesFrom, zone)}`
  return { ...move, sinceRound: { ...figure, detail } }
}
