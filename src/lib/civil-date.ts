/**
 * Calendar dates (YYYY-MM-DD) without a time zone, valid over the whole range a Date holds: years
 * 0-99 are not read as 1900-1999, and years outside 0000-9999 use the ISO extended form (+010000).
 */

export const DAY_MS = 86_400_000

/** The UTC instant of a calendar date and time; unlike Date.UTC, year 50 is year 50. */
export function utcMs(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): number {
  const date = new Date(0)
  date.setUTCFullYear(year, month - 1, day)
  date.setUTCHours(hour, minute, second, 0)
  return date.getTime()
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** A year as ISO 8601 writes it: 4 digits for 0000-9999, else a sign and 6 digits. */
export function formatYear(year: number): string {
  if (year >= 0 && year <= 9999) return pad(year, 4)
  return `${year < 0 ? '-' : '+'}${pad(Math.abs(year), 6)}`
}

export function formatYmd(year: number, month: number, day: number): string {
  return `${formatYear(year)}-${pad(month)}-${pad(day)}`
}

export function parseYmd(dateYmd: string): [year: number, month: number, day: number] {
  const match = /^(\d{4}|[+-]\d{6})-(\d{2})-(\d{2})$/.exec(dateYmd)
  if (match === null) throw new RangeError(`Expected a date YYYY-MM-DD, got "${dateYmd}"`)
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const check = new Date(utcMs(year, month, day))
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new RangeError(`No such date: "${dateYmd}"`)
  }
  return [year, month, day]
}

/** The calendar date of a UTC instant. */
export function ymdOfUtc(epochMs: number): string {
  const date = new Date(epochMs)
  return formatYmd(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())
}

/** Adds whole calendar days to a YYYY-MM-DD date (no time zone involved). */
export function addDays(dateYmd: string, days: number): string {
  const [year, month, day] = parseYmd(dateYmd)
  return ymdOfUtc(utcMs(year, month, day + days))
}

/** Whole days from one date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const [y1, m1, d1] = parseYmd(from)
  const [y2, m2, d2] = parseYmd(to)
  return Math.round((utcMs(y2, m2, d2) - utcMs(y1, m1, d1)) / DAY_MS)
}

/** Day of the week of a YYYY-MM-DD date: 0 Sunday ... 6 Saturday. */
export function weekdayOf(dateYmd: string): number {
  const [year, month, day] = parseYmd(dateYmd)
  return new Date(utcMs(year, month, day)).getUTCDay()
}
