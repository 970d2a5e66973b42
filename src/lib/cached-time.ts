import { formatter, zoneAbbreviation } from './format-time'

const clock: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }
const clockToSecond: Intl.DateTimeFormatOptions = { ...clock, second: '2-digit' }
const dayMonth: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short' }
const calendarDay: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
}

/**
 * When data on screen arrived, in the page's display zone and named by it, as every other time on
 * the page is: "09:12 BST" on the day of `wall` there, "9 Jun 23:10 BST" on another day (yesterday
 * evening's copy read in the morning is not "23:10", a time that reads as later today).
 * `seconds`: to the second ("09:12:05 BST"), for a refresh that failed moments ago.
 */
export function cachedTime(at: number, wall: number, zone: string, seconds = false): string {
  const time = `${formatter(zone, seconds ? clockToSecond : clock).format(at)} ${zoneAbbreviation(at, zone)}`
  const day = formatter(zone, calendarDay)
  if (day.format(at) === day.format(wall)) return time
  return `${formatter(zone, dayMonth).format(at)} ${time}`
}
