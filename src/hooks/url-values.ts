import { clampAsOf } from '../feed/as-of-range'
import { dateTimeSchema } from '../feed/schemas/common'
import { currentZoneName, isTimeZone } from '../lib/time-zone'

/**
 * How the values of URL parameters are read and written (see url-params.ts, which declares each
 * parameter with one of these). A reader returns null for a value it does not understand: the
 * parameter's default then applies.
 */

export { readFlag, writeFlag } from './url-flag'

/** Ids in the feed's form: lower-case letters, digits and dashes. */
export const readId = (raw: string): string | null =>
  /^[a-z0-9][a-z0-9-]*$/.test(raw) ? raw : null

export const readText = (raw: string): string | null => raw || null

/** A zone the browser knows, by its current name ("Europe/Kiev" → "Europe/Kyiv"). */
export const readZone = (raw: string): string | null =>
  isTimeZone(raw) ? currentZoneName(raw) : null

/** A whole number of seconds within [min, max]. */
export function readSeconds(min: number, max: number) {
  return (raw: string): number | null => {
    if (raw.trim() === '') return null
    const n = Number(raw)
    return Number.isInteger(n) && n >= min && n <= max ? n : null
  }
}

/** An http(s) origin, or null: "*", "null" and other schemes are refused. */
export function readOrigin(raw: string): string | null {
  try {
    const url = new URL(raw)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null
  } catch {
    return null
  }
}

/** One of a list of words. */
export function readOneOf<T extends string>(words: readonly T[]) {
  return (raw: string): T | null => words.find((word) => word === raw) ?? null
}

/** A moment as ms since the epoch, from any date-time Date.parse reads. */
export function readInstant(raw: string): number | null {
  const ms = Date.parse(raw)
  return Number.isNaN(ms) ? null : ms
}

/** "2025-06-09T17:00Z": short, unambiguous, the same for every viewer whatever their zone. */
export function writeInstant(ms: number): string {
  const iso = new Date(ms).toISOString()
  return iso.endsWith(':00.000Z') ? `${iso.slice(0, 16)}Z` : iso
}

const warned = new Set<string>()
function warnOnce(value: string, message: string) {
  if (warned.has(value)) return
  warned.add(value)
  console.warn(message)
}

/** `2025-06-09T18:00:00Z`: whole seconds, UTC. */
export function formatAsOf(t: number): string {
  return new Date(Math.round(t / 1000) * 1000).toISOString().replace('.000Z', 'Z')
}

/**
 * The replay moment: an ISO 8601 date-time with an offset, brought inside 1970-2100 (see
 * as-of-range.ts). Anything else is ignored (live). One console warning per value.
 */
export function parseAsOf(value: string | null): number | null {
  if (value === null || value === '') return null
  if (dateTimeSchema.safeParse(value).success) {
    const t = Date.parse(value)
    const clamped = clampAsOf(t)
    if (clamped !== t)
      warnOnce(value, `Replay: ?asof=${value} is outside 1970-2100; showing ${formatAsOf(clamped)}`)
    return clamped
  }
  warnOnce(
    value,
    `Replay: ?asof=${value} is not an ISO date-time with offset (e.g. 2025-06-09T18:00:00Z); showing live`,
  )
  return null
}

/**
 * What the market panels show: the selected event (or its session), its day, one round of talks,
 * the whole feed, or a range dragged across a chart.
 */
export type WindowChoice =
  | { kind: 'event' | 'day' | 'all' }
  | { kind: 'round'; id: string }
  | { kind: 'range'; from: number; to: number }
  /** The hours up to now, following it. */
  | { kind: 'last'; hours: number }

/** The longest "last N hours" window the URL may ask for: a week. */
export const maxLastHours = 168

/** event, day, all, round:<id>, last:<n>h, or a dragged range <from>~<to> in ISO 8601. */
export function readWindow(raw: string): WindowChoice | null {
  if (raw === 'event' || raw === 'day' || raw === 'all') return { kind: raw }
  const round = /^round:([a-z0-9][a-z0-9-]*)$/.exec(raw)
  if (round) return { kind: 'round', id: round[1]! }
  const last = /^last:([1-9][0-9]{0,2})h$/.exec(raw)
  if (last) {
    const hours = Number(last[1])
    return hours <= maxLastHours ? { kind: 'last', hours } : null
  }
  const range = /^([^~]+)~([^~]+)$/.exec(raw)
  if (range) {
    const from = Date.parse(range[1]!)
    const to = Date.parse(range[2]!)
    if (Number.isFinite(from) && Number.isFinite(to) && to > from)
      return { kind: 'range', from, to }
  }
  return null
}

const isoMinute = (t: number) => new Date(t).toISOString().replace(':00.000Z', 'Z')

export function writeWindow(choice: WindowChoice): string {
  if (choice.kind === 'round') return `round:${choice.id}`
  if (choice.kind === 'last') return `last:${choice.hours}h`
  if (choice.kind === 'range') return `${isoMinute(choice.from)}~${isoMinute(choice.to)}`
  return choice.kind
}

/** a,b: the instrument ids chosen (each once), or null when none is readable. */
export function readIdList(raw: string): string[] | null {
  const ids = raw
    .split(',')
    .map((id) => id.trim())
    .filter((id) => readId(id) !== null)
  return ids.length > 0 ? [...new Set(ids)] : null
}

export const writeIdList = (ids: readonly string[]): string => ids.join(',')
