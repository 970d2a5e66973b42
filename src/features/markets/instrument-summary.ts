import type { Instrument } from '../../feed/schemas/types'
import { formatDateTime, formatDay } from '../../lib/format-time'
import { calendarDaysBefore } from '../../lib/zoned-time'
import { moveWords } from './format-market'
import { dayMove, formatMove } from '../../lib/move-unit'
import type { MarketEvent } from './market-events'
import type { Reaction } from './reaction'
import { zonePlace } from '../../lib/time-zone'

type DayWords = {
  /** Where the day change was read: "its series", "an illustrative path"; null: as reported. */
  dayFrom?: string | null
  /** Why the day change is missing: "not known yet" (its series is loading), "not known at this moment" (replay). */
  dayMissing?: string
  /** The day the change is of, named ("Thu 31 Jul") when the chart ends on an earlier one. */
  dayName?: string | null
}

/**
 * How long after the event its first daily close came, when a gap in the series (or a long
 * holiday) puts it more than four days on: ", 17 days later (Tue 27 May)". Else nothing: the next
 * trading day.
 */
function closeLater(closeAt: number | null, eventAt: number, zone: string): string {
  if (closeAt === null) return ''
  const days = calendarDaysBefore(eventAt, closeAt, zone)
  return days > 4 ? `, ${days} days later (${formatDay(closeAt, zone)})` : ''
}

/**
 * The one-line summary: the day as reported (or where it was read), then the reaction to the
 * chosen event.
 */
export function instrumentSummary(
  instrument: Instrument,
  event: MarketEvent | null,
  reaction: Reaction | null,
  { dayFrom = null, dayMissing = 'not reported', dayName = null }: DayWords = {},
): string {
  // In the snapshot's unit (DayChange).
  const figures = dayMove(instrument)
  const move = figures && formatMove(figures.value, figures.unit, instrument)
  const day =
    move === null
      ? `${instrument.shortName}: change ${dayMissing}`
      : `${instrument.shortName} ${move} on ${dayName ?? 'the day'}${dayFrom ? ` (from ${dayFrom})` : ''}`
  if (!event || !reaction) return `${day}.`
  const place = zonePlace(instrument.timeZone)
  if (reaction.baseValue === null) {
    if (reaction.seriesStopped) return `${day}; no price in its series since ${event.label}.`
    if (reaction.seriesStartsAt !== undefined)
      return `${day}; its series starts ${formatDay(reaction.seriesStartsAt, instrument.timeZone, event.at)}, after ${event.label}: no reaction to tell.`
    // Daily closes count from the last close before the event: the series has none.
    if (reaction.cadence !== 'intraday')
      return `${day}; no close before ${event.label} to count from.`
    return reaction.closedAtEvent
      ? `${day}; not yet traded in ${place} since ${event.label}.`
      : `${day}; no data since ${event.label} yet.`
  }
  const words = (move: number) =>
    reaction.unit === '%'
      ? moveWords(move)
      : `${move > 0 ? 'up' : move < 0 ? 'down' : 'unchanged'} ${formatMove(Math.abs(move), reaction.unit, instrument).replace('+', '')}`
  if (reaction.cadence !== 'intraday') {
    if (reaction.close.move !== null)
      return `${day}; ${words(reaction.close.move)} at the first close after ${event.label}${reaction.cadence === 'daily' ? closeLater(reaction.close.at, event.at, instrument.timeZone) : ''}.`
    return `${day}; no close yet after ${event.label}.`
  }
  const from = reaction.closedAtEvent ? ` (from the next open in ${place})` : ''
  if (reaction.h1.move !== null)
    return `${day}; ${words(reaction.h1.move)} in the hour after ${event.label}${from}.`
  if (reaction.m15.move !== null)
    return `${day}; ${words(reaction.m15.move)} in the 15 minutes after ${event.label}${from}.`
  return `${day}; no move yet after ${event.label}.`
}

/**
 * The day a day change is of, named ("Thu 31 Jul") when the chart's last price shown falls on an
 * earlier day in the market's calendar (a window that ends before it); else null: "on the day".
 */
export function laterDayName(
  dayAt: number,
  lastShown: number | null,
  market: Pick<Instrument, 'timeZone'>,
  now: number,
): string | null {
  if (lastShown === null || !Number.isFinite(dayAt)) return null
  return calendarDaysBefore(lastShown, dayAt, market.timeZone) > 0
    ? formatDay(dayAt, market.timeZone, now)
    : null
}

/** Said when the market was closed at the chosen event: where counting starts instead. */
export function closedAtEventNote(
  instrument: Instrument,
  event: MarketEvent | null,
  reaction: Reaction | null,
  /** The page's now, for the year of a next open in another year. */
  now?: number,
): string {
  if (!event || !reaction?.closedAtEvent || reaction.seriesStartsAt !== undefined) return ''
  const place = zonePlace(instrument.timeZone)
  const from =
    reaction.baseAt !== null
      ? `, ${formatDateTime(reaction.baseAt, instrument.timeZone, undefined, now)}`
      : ''
  return `Not yet traded in ${place} at ${event.label}: ${place} was closed; counting starts at its next open${from}.`
}
