import type { Instrument } from '../../feed/schemas/types'
import type { TimePoint } from '../../lib/lttb'
import { indexAtOrBefore, nearestIndex, type Basis } from '../../lib/rebase'
import {
  formatClock,
  formatDateTime,
  formatDateTimeToSecond,
  formatDay,
  withinMinute,
  zoneAbbreviation,
} from '../../lib/format-time'
import { formatSeriesValue } from './format-market'
import { percentAgainst } from './reference-close'
import { formatMove, moveBetween, type MoveUnit } from '../../lib/move-unit'
import { isOpenAt, type Span } from './series-view'
import { zonePlace } from '../../lib/time-zone'

export type ReadoutInput = {
  instrument: Instrument
  /** The full series in the window, not the drawn sample: the exact value at the moment. */
  points: readonly TimePoint[]
  /**
   * The last price before the window: in force until the first price in it (Friday's close,
   * hovered on Monday morning before Monday's close). Absent: the window starts with the series.
   */
  before?: TimePoint | null
  /**
   * The previous close the series is measured from (the feed's `reference`; 0 for a percent-change
   * series), when the feed gives it: in force from its time until the series' first price.
   */
  reference?: TimePoint | null
  basis: Basis
  unit: MoveUnit
  /** The market's trading hours in the window; null for daily closes (the last close is in force). */
  trading: readonly Span[] | null
  /**
   * The price counted from: its value, the event's label (and its whole name where the label is
   * cut: see withWholeName), the time a price must be after, and when that price was traded.
   */
  base: { value: number; label: string; wholeLabel?: string; after?: number; from?: number } | null
  zone: string
  /** When the close a percent-change series is measured from was; null when not known. */
  referenceAt?: number | null
  /** A moment in the page's current year: a time of another year says its year. */
  thisYear?: number
}

/** The later of the last price before the window and the previous close, of those by `at`. */
function inForceAt(
  at: number,
  before: TimePoint | null,
  reference: TimePoint | null,
): TimePoint | null {
  const known = [before, reference].filter((p): p is TimePoint => p !== null && p.t <= at)
  return known.reduce<TimePoint | null>((a, p) => (a === null || p.t > a.t ? p : a), null)
}

/** What a panel's header says: when, the value, the move since the chosen event, and a note. */
export type Readout = {
  when: string
  value: string
  move: string | null
  note: string | null
  hovering: boolean
}

/**
 * The panel's value at moment `t` (hovered in any panel: panels are matched by time, not index),
 * or its last value when nothing is hovered. While the market is closed, the value in force is the
 * last before the moment, and the note says so.
 */
export function readoutAt(
  {
    instrument,
    points,
    basis,
    unit,
    trading,
    base,
    zone,
    thisYear,
    referenceAt = null,
    before = null,
    reference = null,
  }: ReadoutInput,
  t: number | null,
): Readout | null {
  if (points.length === 0) return null
  const hovering = t !== null && Number.isFinite(t)
  const at = hovering ? t : points.at(-1)!.t
  const open = trading === null || isOpenAt(trading, at)
  const last = open && trading !== null ? -1 : indexAtOrBefore(points, at)
  // Closed, or between daily closes, the price in force is the last before the moment, even from
  // before the window, or the previous close the feed gives; the next is shown (as the next
  // trade) only when neither says one.
  const inForce = last < 0 && !(open && trading !== null) ? inForceAt(at, before, reference) : null
  const point = last >= 0 ? points[last] : (inForce ?? points[nearestIndex(points, at)])
  if (!point) return null
  // The last price, from before the event (a gap, a window that ends early), moved nothing since.
  const noneSince = !hovering && base?.after !== undefined && point.t <= base.after
  // The last price is the one counted from, the first after the event: no move to tell, not 0.00%.
  const onlyBase = !hovering && !noneSince && base?.from !== undefined && point.t <= base.from
  const move =
    base && !noneSince && !onlyBase ? moveBetween(base.value, point.v, basis, unit) : null
  let note: string | null = noneSince
    ? `no price since ${base!.label} in this window`
    : onlyBase
      ? `first price since ${base!.label}`
      : null
  if (hovering && !open) {
    const trade =
      point === reference
        ? `previous close, ${formatDay(point.t, instrument.timeZone)}`
        : `${point.t <= at ? 'last' : 'next'} trade ${formatDay(point.t, instrument.timeZone)} ${formatClock(point.t, instrument.timeZone)} ${zoneAbbreviation(point.t, instrument.timeZone)}`
    note = `closed in ${zonePlace(instrument.timeZone)}; ${trade}`
  } else if (trading === null) {
    note = [`close of ${formatDay(point.t, instrument.timeZone)}`, note].filter(Boolean).join('; ')
  }
  // Prices within the minute (ticks) are told apart to the second, and so is the moment hovered.
  const when = (t: number) =>
    withinMinute(point.t)
      ? formatDateTimeToSecond(Math.round(t / 1000) * 1000, zone, thisYear)
      : formatDateTime(t, zone, undefined, thisYear)
  return {
    when: hovering ? when(at) : `Last, ${when(point.t)}`,
    value: formatSeriesValue(
      point.v,
      basis,
      instrument,
      percentAgainst(point.t, referenceAt, instrument.timeZone, thisYear),
    ),
    move:
      move !== null && base ? `${formatMove(move, unit, instrument)} since ${base.label}` : null,
    note,
    hovering,
  }
}

/** The readout as one sentence, for the keyboard's slider value text. */
export function readoutWords(readout: Readout | null): string {
  if (!readout) return 'No data'
  return [`${readout.when}: ${readout.value}`, readout.move, readout.note]
    .filter(Boolean)
    .join('; ')
}
