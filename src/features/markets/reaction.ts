import type { Instrument } from '../../feed/schemas/types'
import { cadenceWords, type CadenceKind } from '../../lib/cadence'
import type { Sigma } from './move-sigma'
import { moveUnit, type MoveUnit } from '../../lib/move-unit'
import { dailyReaction } from './reaction-daily'
import { intradayReaction } from './reaction-intraday'
import { eventOnOffDay } from './off-day-sessions'
import { seriesCadence, type PreparedSeries } from './series-view'

export type Move = {
  /** When the move is read (the horizon), or null when there is no such moment yet. */
  at: number | null
  /** The move from the base to the last value at or before `at` (in `unit`); null when not traded yet. */
  move: number | null
  /** The data is coarser than the horizon (+15 min on daily closes): never a figure. */
  na?: boolean
  /**
   * The horizon reads the very price counting starts from (a 4-hour bar holding both the event and
   * the close): no price came between, so no figure, where 0.00% would be made up.
   */
  sameBar?: boolean
  /** The move against the series' own moves over the same horizon. */
  sigma?: Sigma | null
}

export type Reaction = {
  instrumentId: string
  /** daily covers coarser data too: counted close to close. */
  cadence: CadenceKind
  /** The data in words, for "n/a (daily data)": daily, hourly, weekly... */
  dataWords?: string
  unit: MoveUnit
  /** The market was closed when the event happened: counting starts at its next open (intraday data). */
  closedAtEvent: boolean
  /** When counting starts: the event, the next open, or (daily data) the last close before the event. */
  baseAt: number | null
  /** The value counting starts from, or null when the market has not traded since (or the series starts later). */
  baseValue: number | null
  /**
   * When that value was traded: the event or before it, or after it (the next open's first trade;
   * the first price of a series with none before the event). A last price no later has moved nothing.
   */
  basePriceAt?: number
  /**
   * Counting should have started by the page's clock (at the event, or at the market's next open
   * since), yet the series has no price to count from: the series stopped, not the market.
   */
  seriesStopped?: boolean
  /** The series' first price, when it comes days after counting should have started (intraday). */
  seriesStartsAt?: number
  m15: Move
  h1: Move
  /**
   * Intraday bars coarser than an hour (2-hour, 4-hour), which answer neither +15 min nor +1 h:
   * the move to the first bar after the base, within one bar of it, and the bars' size. Only the
   * summary's words use it; the table keeps its horizons.
   */
  firstBar?: Move & { stepMs: number }
  /** The close of the event's trading day (daily data: the first close after the event, day 0). */
  close: Move
  /** The next trading day's close (daily data: day 0 + 1). */
  next: Move
  /** Five trading days after the event's day. */
  d5: Move
  /**
   * The market did not trade on the event's day in its calendar (a weekend, a holiday): the moves
   * are of a later day, which the words name (see eventOnOffDay).
   */
  offDay?: boolean
}

export type ReactionMarket = Pick<Instrument, 'id' | 'tradingHours' | 'timeZone'> & {
  kind?: Instrument['kind']
}

export const horizonKeys = ['m15', 'h1', 'close', 'next', 'd5'] as const
export type HorizonKey = (typeof horizonKeys)[number]

/**
 * The reaction as of `now`: marked when counting should have started by now (the event, or the
 * market's next open) yet the series has no price to count from.
 */
export function withSeriesStopped(reaction: Reaction, now: number): Reaction {
  const stopped =
    reaction.cadence === 'intraday' &&
    reaction.baseValue === null &&
    reaction.seriesStartsAt === undefined &&
    reaction.baseAt !== null &&
    reaction.baseAt <= now
  return stopped ? { ...reaction, seriesStopped: true } : reaction
}

/**
 * How an instrument moved after an event, with horizons that fit the data. Intraday: +15 min, +1 h,
 * the day's close, the next day's close and five days on, from the value at the event (or the next
 * open when closed). Daily: from the last close before the event to the first close after it (day 0),
 * then day 0 + 1 and + 5 closes; +15 min and +1 h are n/a. See docs/reaction-method.md.
 */
export function computeReaction(
  market: ReactionMarket,
  series: PreparedSeries,
  eventAt: number,
): Reaction {
  const unit = moveUnit(market, series)
  const cadence = seriesCadence(series)
  const reaction =
    cadence.kind === 'intraday'
      ? intradayReaction(market, series, eventAt, unit, cadence.stepMs)
      : dailyReaction(market, series, eventAt, unit, cadence.kind)
  const offDay = eventOnOffDay(market, series.points, eventAt)
  return { ...reaction, dataWords: cadenceWords(cadence), ...(offDay ? { offDay } : {}) }
}
