import type { Instrument } from '../../feed/schemas/types'
import { formatDay } from '../../lib/format-time'
import { calendarDaysBefore } from '../../lib/zoned-time'
import { formatMove } from '../../lib/move-unit'
import { zonePlace } from '../../lib/time-zone'
import { moveWords } from './format-market'
import type { MarketEvent } from './market-events'
import type { Reaction } from './reaction'

/**
 * An intraday reaction in words ("up 0.65% in the hour after Day 1 (from the next open in New
 * York)"), or null while no horizon has a move yet.
 */
export function intradayMoveWords(
  instrument: Instrument,
  event: MarketEvent,
  reaction: Reaction,
): string | null {
  const place = zonePlace(instrument.timeZone)
  const zone = instrument.timeZone
  const words = (move: number) => reactionWords(move, reaction, instrument)
  // No session on the event's day (a weekend, a holiday): counting starts at the next trading
  // day's open, which the words name.
  const nextDay =
    reaction.offDay === true &&
    reaction.closedAtEvent &&
    reaction.baseAt !== null &&
    calendarDaysBefore(event.at, reaction.baseAt, zone) > 0
  const fromOpen = reaction.closedAtEvent ? ` (from the next open in ${place})` : ''
  const after = (span: string, first = false) =>
    nextDay
      ? `in the first ${span} of the next trading day after ${event.label} (${formatDay(reaction.baseAt!, zone, event.at)}, from the open in ${place})`
      : `in the ${first ? 'first ' : ''}${span} after ${event.label}${fromOpen}`
  if (reaction.h1.move !== null) return `${words(reaction.h1.move)} ${after('hour')}`
  if (reaction.m15.move !== null) return `${words(reaction.m15.move)} ${after('15 minutes')}`
  // Bars coarser than an hour answer neither: the first bar, named by its size.
  const bar = reaction.firstBar
  if (bar && bar.move !== null)
    return `${words(bar.move)} ${after(`${barWords(bar.stepMs)} bar`, true)}`
  // Else the first close the data answers: one at least a bar after counting starts (a bar that
  // came only after a close).
  const step = bar?.stepMs ?? 0
  const close = [reaction.close, reaction.next, reaction.d5].find(
    (m) => m.move !== null && m.at !== null && m.at - (reaction.baseAt ?? -Infinity) >= step,
  )
  if (close && close.at !== null && close.move !== null)
    return `${words(close.move)} by ${formatDay(close.at, zone, event.at)}’s close after ${event.label}${fromOpen}`
  return null
}

/**
 * Whether the summary already says the market was closed at the event (and so counts from its
 * next open): the closed-at-event note then adds only the open's time.
 */
export function summarySaysClosedAtEvent(
  instrument: Instrument,
  event: MarketEvent | null,
  reaction: Reaction | null,
): boolean {
  if (!event || !reaction?.closedAtEvent || reaction.cadence !== 'intraday') return false
  if (reaction.baseValue === null)
    return !reaction.seriesStopped && reaction.seriesStartsAt === undefined
  return intradayMoveWords(instrument, event, reaction) !== null
}

/** A move in the reaction's unit: "up 0.65%", "down 3 bp". */
export function reactionWords(move: number, reaction: Reaction, instrument: Instrument): string {
  return reaction.unit === '%'
    ? moveWords(move)
    : `${move > 0 ? 'up' : move < 0 ? 'down' : 'unchanged'} ${formatMove(Math.abs(move), reaction.unit, instrument).replace('+', '')}`
}

/** The size of a bar in words: "2-hour", "90-minute". */
function barWords(stepMs: number): string {
  const minutes = Math.round(stepMs / 60_000)
  return minutes % 60 === 0 ? `${minutes / 60}-hour` : `${minutes}-minute`
}
