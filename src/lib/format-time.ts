import { calendarDaysBefore } from './zoned-time'
import type * as z from 'zod/mini'
import type { timePrecisionSchema } from '../feed/schemas/common'

export type Precision = z.infer<typeof timePrecisionSchema>

const formatters = new WeakMap<Intl.DateTimeFormatOptions, Map<string, Intl.DateTimeFormat>>()

/**
 * One formatter per options object, zone and locale (building a key per call cost 14 ms on a long
 * feed): pass options held in a constant, not a literal made on each call.
 */
export function formatter(
  zone: string,
  options: Intl.DateTimeFormatOptions,
  locale: 'en-GB' | 'en-US' = 'en-GB',
): Intl.DateTimeFormat {
  let byZone = formatters.get(options)
  if (!byZone) formatters.set(options, (byZone = new Map()))
  const key = locale === 'en-GB' ? zone : `${locale} ${zone}`
  let f = byZone.get(key)
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { timeZone: zone, ...options })
    byZone.set(key, f)
  }
  return f
}

const clock: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }
const day: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short' }
const date: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' }
const zoneName: Intl.DateTimeFormatOptions = { timeZoneName: 'short' }
const year: Intl.DateTimeFormatOptions = { year: 'numeric' }
const dayMonth: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short' }
export const weekday: Intl.DateTimeFormatOptions = { weekday: 'short' }

const approx = (precision: Precision | undefined) => (precision === 'approximate' ? '~' : '')

/** "13:00" or "~13:00" in the given zone. */
export function formatClock(instant: string | number, zone: string, precision?: Precision): string {
  return approx(precision) + formatter(zone, clock).format(new Date(instant))
}

/** "Mon 9 Jun" in the given zone; given the page's `now`, a day of another year says its year ("Mon 9 Jun 2025"). */
export function formatDay(instant: string | number, zone: string, now?: number): string {
  const text = formatter(zone, day).format(new Date(instant))
  return now !== undefined && yearOf(instant, zone) !== yearOf(now, zone)
    ? `${text} ${yearOf(instant, zone)}`
    : text
}

/** "2025": the year of an instant in the zone's calendar. */
export function yearOf(instant: string | number, zone: string): string {
  return formatter(zone, year).format(new Date(instant))
}

/** "9 Jun 2025" in the given zone. */
export function formatDate(instant: string | number, zone: string): string {
  return formatter(zone, date).format(new Date(instant))
}

/**
 * "Mon 9 Jun, ~13:00 BST"; given the page's `now`, a time of another year says its year ("Sun 2 Nov
 * 2025, 01:30 EST"), so an old date is not read as this year's.
 */
export function formatDateTime(
  instant: string | number,
  zone: string,
  precision?: Precision,
  now?: number,
): string {
  return `${formatDay(instant, zone, now)}, ${formatClock(instant, zone, precision)} ${zoneAbbreviation(instant, zone)}`
}

const clockToSecond: Intl.DateTimeFormatOptions = { ...clock, second: '2-digit' }

/** A time within a minute, not on it (a tick's): shown to the second. */
export const withinMinute = (instant: number) => instant % 60_000 !== 0

/** formatDateTime to the second, for prices that come within the minute: "Fri 4 Dec, 18:20:17 GMT". */
export function formatDateTimeToSecond(instant: number, zone: string, now?: number): string {
  return `${formatDay(instant, zone, now)}, ${formatter(zone, clockToSecond).format(instant)} ${zoneAbbreviation(instant, zone)}`
}

/**
 * formatDateTime as short as it stays clear, by the calendar in the zone: without the day on the
 * day of `now` ("~13:00 BST"), with the weekday alone in the six days before it ("Thu 15:29
 * GMT+9"), the date alone in another year ("9 Jun 2025": the clock of a time that old is not what
 * a glance needs, and the whole of it overran a snapshot cell), whole otherwise.
 */
export function formatDateTimeBrief(
  instant: string | number,
  zone: string,
  now: number,
  precision?: Precision,
): string {
  const time = new Date(instant).getTime()
  const daysAgo = calendarDaysBefore(time, now, zone)
  const clockAndZone = `${formatClock(time, zone, precision)} ${zoneAbbreviation(time, zone)}`
  if (daysAgo === 0) return clockAndZone
  if (daysAgo > 0 && daysAgo < 7) return `${formatter(zone, weekday).format(time)} ${clockAndZone}`
  if (yearOf(time, zone) !== yearOf(now, zone)) return formatDate(time, zone)
  return formatDateTime(instant, zone, precision, now)
}

/** Short zone name at that instant, e.g. "BST", "EDT", "GMT+8": letters where en-GB or en-US has them. */
export function zoneAbbreviation(instant: string | number, zone: string): string {
  const time = new Date(instant).getTime()
  // A zone changes its name only with its offset, and since 1972 every change of offset anywhere
  // has fallen on a quarter hour of UTC.
  const key = `${zone} ${Math.floor(time / quarterHourMs)}`
  let name = zoneNames.get(key)
  if (name === undefined) {
    name = zoneNameAt(time, zone)
    if (zoneNames.size >= 10_000) zoneNames.clear()
    zoneNames.set(key, name)
  }
  return name
}

function zoneNameAt(time: number, zone: string): string {
  const british = partOf(formatter(zone, zoneName), time) ?? zone
  if (!/^GMT[+-]/.test(british)) return british
  // en-GB has letters only for Europe's zones; a reader in America knows EDT, not GMT-4.
  const letters = partOf(formatter(zone, zoneName, 'en-US'), time)
  return letters !== undefined && /^[A-Z]{2,5}$/.test(letters) ? letters : british
}

const partOf = (f: Intl.DateTimeFormat, time: number) =>
  f.formatToParts(time).find((p) => p.type === 'timeZoneName')?.value

const quarterHourMs = 15 * 60_000
/** Zone names by zone and quarter hour: asked for by every time on the page, each render. */
const zoneNames = new Map<string, string>()

/** "1 h 20 min", "45 min", "2 d 3 h", "12 s". Never negative. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000))
  const days = Math.floor(total / 86400)
  const hours = Math.floor((total % 86400) / 3600)
  const minutes = Math.floor((total % 3600) / 60)
  if (days > 0) return hours > 0 ? `${days} d ${hours} h` : `${days} d`
  if (hours > 0) return minutes > 0 ? `${hours} h ${minutes} min` : `${hours} h`
  if (minutes > 0) return `${minutes} min`
  return `${total} s`
}

/** Past this distance from now, a relative time ("487 d 15 h ago") reads worse than a date. */
export const relativeLimitMs = 7 * 86_400_000

/**
 * "2 h ago", "in 45 min", "just now"; a week or more away, the date in the zone ("10 Jun 2025")
 * (UTC when no zone is given).
 */
export function formatRelative(instant: string | number, now: number, zone = 'UTC'): string {
  const diff = new Date(instant).getTime() - now
  if (Math.abs(diff) >= relativeLimitMs) return formatDate(instant, zone)
  if (Math.abs(diff) < 45_000) return 'just now'
  return diff > 0 ? `in ${formatDuration(diff)}` : `${formatDuration(-diff)} ago`
}

/** "29 Jul" in the zone, with the year when it is not the year of `now` there ("29 Jul 2024"). */
export function formatShortDate(instant: string | number, zone: string, now: number): string {
  if (yearOf(instant, zone) !== yearOf(now, zone)) return formatDate(instant, zone)
  return formatter(zone, dayMonth).format(new Date(instant))
}

/**
 * A ticking duration with seconds: "1 h 05 min 09 s", "12 min 03 s", "9 s"; from a day on, in days
 * and hours ("543 d 16 h"): a session the feed never ended. Never negative.
 */
export function formatElapsed(ms: number): string {
  if (ms >= 86_400_000) return formatDuration(ms)
  const total = Math.max(0, Math.floor(ms / 1000))
  const hours = Math.floor(total / 3600)
  const minutes = Math.floor((total % 3600) / 60)
  const seconds = total % 60
  const two = (n: number) => String(n).padStart(2, '0')
  if (hours > 0) return `${hours} h ${two(minutes)} min ${two(seconds)} s`
  if (minutes > 0) return `${minutes} min ${two(seconds)} s`
  return `${seconds} s`
}
