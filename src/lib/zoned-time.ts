import { DAY_MS, daysBetween, formatYmd, parseYmd, utcMs } from './civil-date'

/**
 * Wall-clock time in IANA time zones, with the offsets taken from Intl (never a fixed offset). Pure:
 * the same input always gives the same output. Every function does bounded work for any instant a
 * Date holds (years 0001-9999 and beyond).
 */

/** The wall clock of an instant in a zone. */
export type WallClock = {
  /** YYYY-MM-DD */
  date: string
  /** HH:MM:SS, 00:00:00 to 23:59:59 */
  time: string
  /** 0 Sunday ... 6 Saturday */
  weekday: number
}

const MINUTE = 60_000
const DAY = DAY_MS
const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone)
  if (formatter === undefined) {
    // Throws a RangeError for an unknown zone.
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      era: 'short',
    })
    formatters.set(zone, formatter)
  }
  return formatter
}

type Fields = {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
}

function fieldsAt(epochMs: number, zone: string): Fields {
  const fields: Fields = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 }
  let beforeChrist = false
  for (const part of formatterFor(zone).formatToParts(epochMs)) {
    if (part.type in fields) fields[part.type as keyof Fields] = Number(part.value)
    if (part.type === 'era') beforeChrist = part.value === 'BC'
  }
  // 1 BC is year 0 in ISO 8601 (and in Date).
  if (beforeChrist) fields.year = 1 - fields.year
  return fields
}

function utcOfFields(f: Fields): number {
  return utcMs(f.year, f.month, f.day, f.hour, f.minute, f.second)
}

/** The zone's offset from UTC at an instant, in minutes (e.g. -240 for New York in summer). */
export function zoneOffsetMinutes(instant: Date, zone: string): number {
  const epochMs = Math.floor(instant.getTime() / 1000) * 1000
  return Math.round((utcOfFields(fieldsAt(epochMs, zone)) - epochMs) / MINUTE)
}

const pad = (n: number) => String(n).padStart(2, '0')

/** The calendar date, time and weekday an instant shows on a wall clock in the zone. */
export function wallClock(instant: Date, zone: string): WallClock {
  const f = fieldsAt(instant.getTime(), zone)
  return {
    date: formatYmd(f.year, f.month, f.day),
    time: `${pad(f.hour)}:${pad(f.minute)}:${pad(f.second)}`,
    weekday: new Date(utcMs(f.year, f.month, f.day)).getUTCDay(),
  }
}

function parseHhmm(time: string): [hour: number, minute: number] {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time)
  if (match === null) throw new RangeError(`Expected a time HH:MM, got "${time}"`)
  return [Number(match[1]), Number(match[2])]
}

/**
 * The instant a wall-clock time in a zone stands for. Like Temporal's "compatible" rule: a time
 * that occurs twice (clocks go back) is the earlier instant; a time that never occurs (clocks go
 * forward) is moved forward by the length of the gap (02:30 on a spring-forward night is 03:30).
 */
export function zonedTimeToUtc(dateYmd: string, time: string, zone: string): Date {
  const key = `${zone} ${dateYmd} ${time}`
  let epochMs = instantsOfWallTimes.get(key)
  if (epochMs === undefined) {
    epochMs = instantOfWallTime(dateYmd, time, zone)
    // Trading hours ask for the same opens and closes on every replay step and redraw.
    if (instantsOfWallTimes.size >= maxRememberedWallTimes) instantsOfWallTimes.clear()
    instantsOfWallTimes.set(key, epochMs)
  }
  return new Date(epochMs)
}

const instantsOfWallTimes = new Map<string, number>()
const maxRememberedWallTimes = 20_000

function instantOfWallTime(dateYmd: string, time: string, zone: string): number {
  const [year, month, day] = parseYmd(dateYmd)
  const [hour, minute] = parseHhmm(time)
  const asIfUtc = utcMs(year, month, day, hour, minute)
  // Offsets a day either side; no zone changes its offset twice within two days.
  const before = zoneOffsetMinutes(new Date(asIfUtc - DAY), zone) * MINUTE
  const after = zoneOffsetMinutes(new Date(asIfUtc + DAY), zone) * MINUTE
  const matches = (candidate: number) => utcOfFields(fieldsAt(candidate, zone)) === asIfUtc
  const candidates = [asIfUtc - before, asIfUtc - after].filter(matches).sort((a, b) => a - b)
  // No candidate: the time falls in a gap; read it with the offset in force before the gap.
  return candidates[0] ?? asIfUtc - before
}

/** Calendar days from the day of `time` to the day of `now` in the zone: 0 the same day, 1 the day before. */
export function calendarDaysBefore(time: number, now: number, zone: string): number {
  return daysBetween(wallClock(new Date(time), zone).date, wallClock(new Date(now), zone).date)
}
