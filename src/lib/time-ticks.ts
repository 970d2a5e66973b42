// Longer than 200 lines: one algorithm (choose a step, place ticks on the zone's calendar, label
// them, check the labels fit), whose parts share the step table, bounds and formatters.
import { addDays } from './civil-date'
import { wallClock, zoneOffsetMinutes, zonedTimeToUtc } from './zoned-time'
import { formatter } from './format-time'

/**
 * Time axis ticks chosen from the span and the pixel width, aligned in the display zone: minutes
 * and hours within a day, days (weekday and date) over days to weeks, months over months, years.
 * The first label, and the first of each new day (month, year), carries the date.
 */

export type AxisTick = { t: number; label: string }

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

type Unit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year'
type Step = { unit: Unit; n: number; approxMs: number }

const steps: Step[] = [
  ...[1, 5, 10, 15, 30].map((n) => ({ unit: 'minute' as const, n, approxMs: n * MINUTE })),
  ...[1, 2, 3, 6, 12].map((n) => ({ unit: 'hour' as const, n, approxMs: n * HOUR })),
  ...[1, 2, 3, 4].map((n) => ({ unit: 'day' as const, n, approxMs: n * DAY })),
  ...[1, 2].map((n) => ({ unit: 'week' as const, n, approxMs: n * 7 * DAY })),
  ...[1, 2, 3, 6].map((n) => ({ unit: 'month' as const, n, approxMs: n * 30 * DAY })),
  ...[1, 2, 5, 10].map((n) => ({ unit: 'year' as const, n, approxMs: n * 365 * DAY })),
]

/** Estimated width of a 10px label (a generous average character width), plus a gap. */
export const labelWidth = (label: string) => label.length * 6.2
const gap = 6
/** Ticks closer than this read as clutter, however short their labels. */
const minSpacing = 60

const pad = (n: number) => String(n).padStart(2, '0')
/** Dates are read as YYYY-MM-DD: an axis only between years 1000 and 9999. */
const firstInstant = Date.UTC(1000, 0, 2)
const lastInstant = Date.UTC(9999, 11, 30)

/** Candidate tick instants of a step over [from, to], aligned on the zone's wall clock. */
function candidates(step: Step, from: number, to: number, zone: string): number[] {
  const out: number[] = []
  const first = addDays(wallClock(new Date(from), zone).date, -1)
  const last = wallClock(new Date(to), zone).date
  const push = (t: number) => {
    if (t >= from && t <= to && t !== out.at(-1)) out.push(t)
  }
  if (step.unit === 'minute' || step.unit === 'hour') {
    // Steps that divide a day: aligned on the local clock, walked from `from` (never a whole day).
    const every = step.approxMs
    const offset = (utc: number) => zoneOffsetMinutes(new Date(utc), zone) * MINUTE
    for (let local = Math.ceil((from + offset(from)) / every) * every; ; local += every) {
      const t = local - offset(local - offset(from))
      if (t > to) break
      push(t)
    }
    return out
  }
  if (step.unit === 'day' || step.unit === 'week') {
    for (let date = first; date <= last; date = addDays(date, 1)) {
      const dayNumber = Date.parse(`${date}T00:00:00Z`) / DAY
      // Weeks start on Mondays (day 4 of the epoch was a Monday); every other one for two-week steps.
      const keep =
        step.unit === 'week' ? (dayNumber - 4) % (7 * step.n) === 0 : dayNumber % step.n === 0
      if (keep) push(zonedTimeToUtc(date, '00:00', zone).getTime())
    }
    return out
  }
  const [y0, m0] = first.split('-').map(Number) as [number, number]
  const [y1, m1] = last.split('-').map(Number) as [number, number]
  if (step.unit === 'year') {
    for (let y = y0 + 1; y <= y1; y++)
      if (y % step.n === 0) push(zonedTimeToUtc(`${y}-01-01`, '00:00', zone).getTime())
    return out
  }
  for (let y = y0, m = m0; y < y1 || (y === y1 && m <= m1); m === 12 ? ((m = 1), y++) : m++) {
    if ((m - 1) % step.n === 0) push(zonedTimeToUtc(`${y}-${pad(m)}-01`, '00:00', zone).getTime())
  }
  return out
}

const weekdayDayMonth: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
}
const dayMonth: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short' }
const weekdayDay: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric' }
const monthYear: Intl.DateTimeFormatOptions = { month: 'short', year: 'numeric' }
const shortMonth: Intl.DateTimeFormatOptions = { month: 'short' }
const format = (t: number, zone: string, options: Intl.DateTimeFormatOptions) =>
  formatter(zone, options).format(t)

/**
 * Labels: the date (or month, or year) on the first tick and wherever it changes. A date of another
 * year than `nowYear` says its year, on the first such label and where the year changes.
 */
function labels(
  ticks: readonly number[],
  unit: Unit,
  zone: string,
  compact: boolean,
  nowYear: string | undefined,
): string[] {
  let previous = ''
  let yearShown = nowYear
  const year = (date: string) => {
    const of = date.slice(0, 4)
    if (nowYear === undefined || of === yearShown) return ''
    yearShown = of
    return ` ${of}`
  }
  return ticks.map((t) => {
    const clock = wallClock(new Date(t), zone)
    if (unit === 'minute' || unit === 'hour') {
      const time = clock.time.slice(0, 5)
      const isNew = clock.date !== previous
      previous = clock.date
      if (!isNew) return time
      const suffix = year(clock.date)
      const day = `${format(t, zone, weekdayDayMonth)}${suffix}`
      if (time === '00:00') return day
      // Compact: "9 Jun 12:00" when "Mon 9 Jun 12:00" leaves no room.
      return `${compact ? `${format(t, zone, dayMonth)}${suffix}` : day} ${time}`
    }
    if (unit === 'day' || unit === 'week') {
      const month = clock.date.slice(0, 7)
      const isNew = month !== previous
      previous = month
      return isNew
        ? `${format(t, zone, weekdayDayMonth)}${year(clock.date)}`
        : format(t, zone, weekdayDay)
    }
    if (unit === 'month') {
      const year = clock.date.slice(0, 4)
      const isNew = year !== previous
      previous = year
      return format(t, zone, isNew ? monthYear : shortMonth)
    }
    return clock.date.slice(0, 4)
  })
}

/** Whether labels centred on their ticks keep clear of each other and of the plot's ends. */
export function labelsFit(
  ticks: readonly AxisTick[],
  [from, to]: readonly [number, number],
  width: number,
  overhang = 0,
): boolean {
  const x = (t: number) => ((t - from) / (to - from)) * width
  for (let i = 0; i < ticks.length; i++) {
    const w = labelWidth(ticks[i]!.label)
    const at = x(ticks[i]!.t)
    if (at - w / 2 < -overhang || at + w / 2 > width + overhang) return false
    if (
      i > 0 &&
      at - x(ticks[i - 1]!.t) <
        Math.max(minSpacing, (w + labelWidth(ticks[i - 1]!.label)) / 2 + gap)
    )
      return false
  }
  return true
}

/** A step's ticks, less those at either end whose label would reach out of the plot. */
function ticksFor(
  step: Step,
  domain: readonly [number, number],
  width: number,
  zone: string,
  overhang: number,
  compact: boolean,
  nowYear: string | undefined,
): AxisTick[] {
  const [from, to] = domain
  let times = candidates(step, from, to, zone)
  const make = () => {
    const names = labels(times, step.unit, zone, compact, nowYear)
    return times.map((t, i) => ({ t, label: names[i]! }))
  }
  const x = (t: number) => ((t - from) / (to - from)) * width
  let ticks = make()
  // Dropping the first tick moves the date onto the next one: label again.
  while (ticks.length > 0 && x(ticks[0]!.t) - labelWidth(ticks[0]!.label) / 2 < -overhang) {
    times = times.slice(1)
    ticks = make()
  }
  while (
    ticks.length > 0 &&
    x(ticks.at(-1)!.t) + labelWidth(ticks.at(-1)!.label) / 2 > width + overhang
  )
    ticks = ticks.slice(0, -1)
  return ticks
}

/**
 * The finest ticks whose labels fit in `width` pixels of plot over [from, to] in the zone: at least
 * two when any step gives two. `overhang` is how far a label may reach past either end of the plot.
 * Given the page's `now`, dates of another year say it. No step finer than `finestMs` (daily closes
 * get no 12:00 ticks).
 */
export function timeAxisTicks(
  domain: readonly [number, number],
  width: number,
  zone: string,
  overhang = 8,
  now?: number,
  finestMs = 0,
): AxisTick[] {
  const [from, to] = domain
  if (!(to > from) || !(width > 0) || from < firstInstant || to > lastInstant) return []
  const nowYear = now === undefined ? undefined : wallClock(new Date(now), zone).date.slice(0, 4)
  // Never more ticks than the minimum spacing allows: skips hopeless steps cheaply.
  const most = width / minSpacing
  let single: AxisTick[] = []
  for (const step of steps) {
    if ((to - from) / step.approxMs > most + 1 || step.approxMs < finestMs) continue
    for (const compact of step.unit === 'minute' || step.unit === 'hour'
      ? [false, true]
      : [false]) {
      const ticks = ticksFor(step, domain, width, zone, overhang, compact, nowYear)
      if (!labelsFit(ticks, domain, width, overhang)) continue
      if (ticks.length >= 2) return ticks
      if (single.length === 0) single = ticks
    }
  }
  return single
}
