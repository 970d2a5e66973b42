import { formatClock, formatShortDate, formatter, weekday } from './format-time'
import { calendarDaysBefore } from './zoned-time'
import type { Precision } from './format-time'

/**
 * A time in a one-line row, as short as it stays clear, by the calendar in the zone: the clock on
 * the day of `now` ("~20:00"), the weekday and clock in the six days before ("Mon ~20:00"), the
 * date otherwise ("9 Jun"; "9 Jun 2024" in another year).
 */
export function formatClockBrief(
  instant: number,
  zone: string,
  now: number,
  precision?: Precision,
): string {
  const daysAgo = calendarDaysBefore(instant, now, zone)
  if (daysAgo === 0) return formatClock(instant, zone, precision)
  if (daysAgo > 0 && daysAgo < 7)
    return `${formatter(zone, weekday).format(instant)} ${formatClock(instant, zone, precision)}`
  return formatShortDate(instant, zone, now)
}
