import type { Instrument } from '../../feed/schemas/types'
import { useThisYear } from '../../hooks/clock-context'
import { zonePlace } from '../../lib/time-zone'
import {
  closedAtEventNote,
  dayAfterEvent,
  instrumentSummary,
  laterDayName,
} from './instrument-summary'
import type { MarketEvent } from './market-events'
import { offDaySessions } from './off-day-sessions'
import type { Reaction } from './reaction'
import { closeNames, type CloseNames } from './reference-close'
import { withWholeName } from './whole-name'
import type { PreparedSeries } from './series-view'

export type CardWordsInput = {
  instrument: Instrument
  prepared: PreparedSeries | undefined
  event: MarketEvent | null
  reaction: Reaction | null
  /** The last point the chart shows, and the last it may show (see shownUntil). */
  lastShown: number | null
  until: number | null
  dayFrom: string | null
  dayMissing: string
}

export type CardWords = {
  /** "S&P 500 +0.09% on the day; up 0.65% in the hour after Day 1 (from the next open …)." */
  summary: string
  /** "Not yet traded in New York at …; counting starts at its next open, …", or ''. */
  closedNote: string
  /** The two above with the event's whole name where its label is cut (see withWholeName). */
  whole: { summary: string; closedNote: string }
  /** What the dashed line is, in the key and on the plot. */
  close: CloseNames
  /** "New York": whose market the closed hours are. */
  place: string
}

/** An instrument card's words: its summary, the closed-at-event note and the close's names. */
export function useCardWords({
  instrument,
  prepared,
  event,
  reaction,
  lastShown,
  until,
  dayFrom,
  dayMissing,
}: CardWordsInput): CardWords {
  const thisYear = useThisYear(instrument.timeZone)
  const referenceAt = prepared?.referenceAt ?? null
  // "on the day" unless that reads as another day: a window ending earlier, an event on a day
  // the market did not trade, a change of a day after the event's.
  const dayAt = prepared?.points.at(-1)?.t ?? Date.parse(instrument.asOf)
  const dayName =
    laterDayName(dayAt, lastShown, instrument, thisYear) ??
    (event && prepared
      ? offDaySessions(instrument, prepared.points, referenceAt, event.at, thisYear)
      : null) ??
    (event ? dayAfterEvent(dayAt, event.at, instrument, thisYear) : null)
  const words = (named: MarketEvent | null) => {
    const summary = instrumentSummary(instrument, named, reaction, { dayFrom, dayMissing, dayName })
    // Of a series that stopped, "counting starts at its next open" would promise a count never made.
    const closedNote = reaction?.seriesStopped
      ? ''
      : closedAtEventNote(instrument, named, reaction, thisYear)
    return { summary, closedNote }
  }
  const { summary, closedNote } = words(event)
  const whole = event?.wholeLabel ? words(withWholeName(event)) : { summary, closedNote }
  // The line is the reference close unless a chart stopping before it drew the day's previous close.
  const lineIsReference =
    prepared?.basis === 'percent-change' || until === null || (referenceAt ?? 0) <= until
  const close = closeNames(
    lineIsReference ? referenceAt : null,
    lastShown,
    instrument.timeZone,
    thisYear,
  )
  return { summary, closedNote, whole, close, place: zonePlace(instrument.timeZone) }
}
