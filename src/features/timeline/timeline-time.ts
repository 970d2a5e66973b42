import type * as z from 'zod/mini'
import type { timePrecisionSchema } from '../../feed/schemas/common'
import { formatClock, formatDay, yearOf, zoneAbbreviation } from '../../lib/format-time'
import { zonePlace } from '../../lib/time-zone'
import { wallClock } from '../../lib/zoned-time'
import { clockRepeats } from './repeated-clock'

type Precision = z.infer<typeof timePrecisionSchema>

/** The zones a time is shown in: the display zone, the venue's zone, an optional second zone. */
export type Zones = {
  display: string
  /** The year of the page's now in the display zone: a time of another year says its year. */
  yearNow?: string
  venue: string | null
  /** The venue's place ("Geneva" for Europe/Zurich); absent, the zone's own city names it. */
  venueName?: string
  second: string | null
  /** The `venue` zone is where a quote was said (its own location or its session's), not a round's venue. */
  venueIsWhereSaid?: boolean
}

const localDate = (instant: number, zone: string) => wallClock(new Date(instant), zone).date
const weekday = (instant: number, zone: string) => formatDay(instant, zone).split(' ')[0]

/**
 * Whether two instants read the same in `zone`, to the minute shown (01:30 BST and the 01:30 GMT
 * an hour later, when the clocks go back, do not).
 */
const sameClock = (a: number, b: number, zone: string) =>
  localDate(a, zone) === localDate(b, zone) &&
  formatClock(a, zone, 'exact') === formatClock(b, zone, 'exact') &&
  zoneAbbreviation(a, zone) === zoneAbbreviation(b, zone)

/**
 * Ends that read the same in `zone` ("~17:00–~17:00": quotes of one press conference) are one
 * moment: its precision, approximate if either end is. Null for a span (or no end).
 */
function oneMoment(
  s: number,
  e: number | null,
  zone: string,
  startPrecision?: Precision,
  endPrecision?: Precision,
): { precision?: Precision } | null {
  if (e === null || !sameClock(s, e, zone)) return null
  return { precision: endPrecision === 'approximate' ? endPrecision : startPrecision }
}

/**
 * A span in one zone: "Mon 9 Jun ~13:00–~19:00 BST"; across midnight "Mon 9 Jun ~20:00 – Tue 10 Jun
 * ~02:00 GMT+8"; across a DST change each end carries its own offset name. No end: the start only.
 * Given the year of the page's now (`yearNow`), a day of another year says its year.
 */
export function formatSpan(
  start: string,
  end: string | null,
  zone: string,
  startPrecision?: Precision,
  endPrecision?: Precision,
  yearNow?: string,
): string {
  const formatDayOf = (t: number) =>
    yearNow !== undefined && yearOf(t, zone) !== yearNow
      ? `${formatDay(t, zone)} ${yearOf(t, zone)}`
      : formatDay(t, zone)
  const s = Date.parse(start)
  const e = end === null ? null : Date.parse(end)
  const moment = oneMoment(s, e, zone, startPrecision, endPrecision)
  const startClock = `${formatDayOf(s)} ${formatClock(s, zone, moment ? moment.precision : startPrecision)}`
  const startAbbr = zoneAbbreviation(s, zone)
  if (e === null || moment) return `${startClock} ${startAbbr}`
  const endAbbr = zoneAbbreviation(e, zone)
  const sameDay = localDate(s, zone) === localDate(e, zone)
  const endClock = sameDay
    ? formatClock(e, zone, endPrecision)
    : `${formatDayOf(e)} ${formatClock(e, zone, endPrecision)}`
  if (startAbbr === endAbbr)
    return sameDay
      ? `${startClock}–${endClock} ${endAbbr}`
      : `${startClock} – ${endClock} ${endAbbr}`
  return `${startClock} ${startAbbr} – ${endClock} ${endAbbr}`
}

/** A moment in one zone: "Mon 9 Jun ~13:00 BST". */
export function formatPoint(at: string, zone: string, precision?: Precision): string {
  return formatSpan(at, null, zone, precision)
}

/**
 * "02:30", with the zone's name where that clock reads twice that night ("02:30 GMT+13"), or where
 * `named` asks for it (the ends of a span across a change of offset).
 */
const clockOnce = (instant: number, zone: string, precision?: Precision, named = false) =>
  named || clockRepeats(instant, zone)
    ? `${formatClock(instant, zone, precision)} ${zoneAbbreviation(instant, zone)}`
    : formatClock(instant, zone, precision)

/** Whether an instant's wall clock in `zone` reads as in the display zone (date and time). */
function readsAsDisplay(instant: number, zone: string, display: string): boolean {
  const a = wallClock(new Date(instant), zone)
  const b = wallClock(new Date(instant), display)
  return a.date === b.date && a.time === b.time
}

/**
 * The same span in the other zones, where their wall clock differs from the display zone's at
 * either end: ["London ~13:00–~19:00", "Hong Kong ~20:00–Tue ~02:00"]. The weekday is added where
 * the date differs from the display zone's; the zone's name where the clocks going back make a
 * time read twice ("Auckland Sun 02:30 GMT+13"), and at both ends of a span across a change of
 * offset ("New York 22:00 EDT–Sun 03:00 EST": six hours, not five).
 */
export function otherZoneSpans(
  start: string,
  end: string | null,
  zones: Zones,
  startPrecision?: Precision,
  endPrecision?: Precision,
): { zone: string; role: 'venue' | 'second'; text: string }[] {
  const s = Date.parse(start)
  const e = end === null ? null : Date.parse(end)
  const shown = new Set<string>()
  const result: { zone: string; role: 'venue' | 'second'; text: string }[] = []
  const displayWall = wallClock(new Date(s), zones.display)
  for (const [zone, role] of [
    [zones.venue, 'venue'],
    [zones.second, 'second'],
  ] as const) {
    if (!zone || shown.has(zone)) continue
    const wall = wallClock(new Date(s), zone)
    if (
      readsAsDisplay(s, zone, zones.display) &&
      (e === null || readsAsDisplay(e, zone, zones.display))
    )
      continue
    shown.add(zone)
    const moment = oneMoment(s, e, zone, startPrecision, endPrecision)
    const named = e !== null && !moment && zoneAbbreviation(s, zone) !== zoneAbbreviation(e, zone)
    const startText = `${wall.date === displayWall.date ? '' : `${weekday(s, zone)} `}${clockOnce(s, zone, moment ? moment.precision : startPrecision, named)}`
    const place = role === 'venue' && zones.venueName ? zones.venueName : zonePlace(zone)
    let text = `${place} ${startText}`
    if (e !== null && !moment) {
      const endDay = localDate(e, zone) === wall.date ? '' : `${weekday(e, zone)} `
      text += `–${endDay}${clockOnce(e, zone, endPrecision, named)}`
    }
    result.push({ zone, role, text })
  }
  return result
}
