import type { Instrument } from '../../feed/schemas/types'
import { formatDateTime, formatDay } from '../../lib/format-time'
import { calendarDaysBefore } from '../../lib/zoned-time'
import { dayMove, formatMove } from '../../lib/move-unit'
import type { MarketEvent } from './market-events'
import type { Reaction } from './reaction'
import { zonePlace } from '../../lib/time-zone'
import { intradayMoveWords, reactionWords } from './intraday-move-words'

type DayWords = {
  /** Where the day change was read: "its series", "an illustrative path"; null: as reported. */
  dayFrom?: string | null
  /** Why the day change is missing: "not known yet" (its series is loading), "not known at this moment" (replay). */
  dayMissing?: string
  /**
   * The day the change is of, named ("Thu 31 Jul") when the chart ends on an earlier one, or with
   * the day it is against ("the next trading day, Mon 9 Jun vs Fri 6 Jun") where "the day" would
   * read as an event's day the market did not trade (see offDaySessions).
   */
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
 * The closes a daily move compares when the market did not trade on the event's day (a weekend, a
 * holiday): "Mon 9 Jun’s close vs Fri 6 Jun’s", the next trading day's against the one before the
 * event. Else null: "the first close after" the event is of its own day, or of the evening's next.
 */
function nextDayCloses(reaction: Reaction, eventAt: number, zone: string): string | null {
  const { at } = reaction.close
  if (!reaction.offDay || at === null || reaction.baseAt === null) return null
  return `${formatDay(at, zone, eventAt)}’s close vs ${formatDay(reaction.baseAt, zone, eventAt)}’s`
}

// A full stop, an ellipsis, "!" or "?" at the end, before any closing quotation marks and the
// isolate set around right-to-left text (bidi-isolate.ts).
const endsSentence = /[.…!?][\u2069"'”’»›」』]*$/u

/**
 * The words with a full stop at their end, unless they end in one already, or in the "…" of an
 * event's name cut short: "… rare earth export lic…", never "export lic….".
 */
export function endSentence(words: string): string {
  return endsSentence.test(words) ? words : `${words}.`
}

/**
 * The one-line summary: the day as reported (or where it was read), then the reaction to the
 * chosen event.
 */
export function instrumentSummary(
  instrument: Instrument,
  event: MarketEvent | null,
  reaction: Reaction | null,
  dayWords: DayWords = {},
): string {
  return endSentence(summaryWords(instrument, event, reaction, dayWords))
}

/** The summary's words, before its full stop (see endSentence). */
function summaryWords(
  instrument: Instrument,
  event: MarketEvent | null,
  reaction: Reaction | null,
  { dayFrom = null, dayMissing = 'not reported', dayName = null }: DayWords,
): string {
  // In the snapshot's unit (DayChange).
  const figures = dayMove(instrument)
  const move = figures && formatMove(figures.value, figures.unit, instrument)
  const day =
    move === null
      ? `${instrument.shortName}: change ${dayMissing}`
      : `${instrument.shortName} ${move} on ${dayName ?? 'the day'}${dayFrom ? ` (from ${dayFrom})` : ''}`
  if (!event || !reaction) return day
  const place = zonePlace(instrument.timeZone)
  if (reaction.baseValue === null) {
    if (reaction.seriesStopped) return `${day}; no price in its series since ${event.label}`
    if (reaction.seriesStartsAt !== undefined)
      return `${day}; its series starts ${formatDay(reaction.seriesStartsAt, instrument.timeZone, event.at)}, after ${event.label}: no reaction to tell`
    // Daily closes count from the last close before the event: the series has none.
    if (reaction.cadence !== 'intraday')
      return `${day}; no close before ${event.label} to count from`
    return reaction.closedAtEvent
      ? `${day}; not yet traded in ${place} since ${event.label}`
      : `${day}; no data since ${event.label} yet`
  }
  const words = (move: number) => reactionWords(move, reaction, instrument)
  const zone = instrument.timeZone
  if (reaction.cadence !== 'intraday') {
    if (reaction.close.move === null) return `${day}; no close yet after ${event.label}`
    const daily = reaction.cadence === 'daily'
    const later = daily ? closeLater(reaction.close.at, event.at, zone) : ''
    const nextDay = daily && !later ? nextDayCloses(reaction, event.at, zone) : null
    // Not "the first close after" an event on a Saturday or a holiday: which two closes.
    if (nextDay)
      return `${day}; ${words(reaction.close.move)} on the next trading day after ${event.label}, ${nextDay}`
    return `${day}; ${words(reaction.close.move)} at the first close after ${event.label}${later}`
  }
  return `${day}; ${intradayMoveWords(instrument, event, reaction) ?? `no move yet after ${event.label}`}`
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

/**
 * The day a day change is of, named ("Tue 10 Jun") when it is later in the market's calendar than
 * the chosen event's day (an evening event, a market whose last day is the next): "on the day"
 * would read as the event's. Else null.
 */
export function dayAfterEvent(
  dayAt: number,
  eventAt: number,
  market: Pick<Instrument, 'timeZone'>,
  now: number,
): string | null {
  if (!Number.isFinite(dayAt)) return null
  return calendarDaysBefore(eventAt, dayAt, market.timeZone) > 0
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
