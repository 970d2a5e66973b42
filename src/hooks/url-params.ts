// Longer than 200 lines: the registry of every URL parameter, each declared once here (name,
// reader, writer, what it expects); splitting it would undo the one home issue 17 asked for.
import { toneSchema } from '../feed/schemas/quotes'
import { parseLayout, serializeLayout, type DeskLayout } from './desk-layout'
import type { Tone } from '../feed/schemas/types'
import {
  formatAsOf,
  parseAsOf,
  readFlag,
  readId,
  readIdList,
  readInstant,
  readOneOf,
  readOrigin,
  readSeconds,
  readText,
  readWindow,
  readZone,
  writeFlag,
  writeIdList,
  writeInstant,
  writeWindow,
  type WindowChoice,
} from './url-values'

/**
 * Every URL parameter the page reads, declared once: its name, how its value is read (null: absent
 * or not understood, so the default applies) and written into links, and, where the page warns about
 * a value it ignores, what it expects. docs/embedding.md and docs/config.md document each one (a
 * test checks both ways). Nothing else in src/ spells a parameter's name.
 */
export type UrlParam<T> = {
  name: string
  read: (raw: string) => T | null
  write: (value: T) => string
  /** For the console warning when a present value is not understood; absent: no warning. */
  expected?: string
}

const param = <T>(
  name: string,
  read: (raw: string) => T | null,
  write: (value: T) => string,
  expected?: string,
): UrlParam<T> => ({
  name,
  read,
  write,
  expected,
})
const text = (name: string) => param(name, readText, String)
const id = (name: string) => param(name, readId, String)
const flag = (name: string) => param(name, readFlag, writeFlag)

export const views = ['dashboard', 'timeline', 'quotes', 'markets', 'snapshot'] as const
export type View = (typeof views)[number]
export const themes = ['light', 'dark', 'system', 'transparent'] as const
export type ThemeParam = (typeof themes)[number]
export const timelineOrders = ['oldest', 'newest'] as const
export type TimelineOrder = (typeof timelineOrders)[number]
export const quoteSorts = ['newest', 'oldest'] as const
export const densities = ['comfortable', 'compact'] as const
export type Density = (typeof densities)[number]
export const minRefreshSeconds = 5
export const maxRefreshSeconds = 3600
export const minRotateSeconds = 5
/** The value of ?tz2= that turns the second zone off even when one is remembered. */
export const noSecondZone = 'none'

const readTone = (raw: string): Tone | null => {
  const parsed = toneSchema.safeParse(raw)
  return parsed.success ? parsed.data : null
}

export const urlParams = {
  // What the page shows (docs/embedding.md)
  view: param('view', readOneOf(views), String, `use ${views.join(', ')}`),
  instrument: id('instrument'),
  header: flag('header'),
  filters: flag('filters'),
  tzpicker: flag('tzpicker'),
  /** Present and not 0/false/off/no: a wall screen. Written as a bare "?kiosk". */
  kiosk: param('kiosk', readFlag, () => ''),
  rotate: param(
    'rotate',
    readSeconds(minRotateSeconds, 24 * 3600),
    String,
    'a whole number of seconds, at least 5',
  ),
  parent: param('parent', readOrigin, String, 'not an http(s) origin'),
  theme: param(
    'theme',
    readOneOf(themes),
    String,
    `use ${themes.join(', ').replace(/, (\w+)$/, ' or $1')}`,
  ),
  // Where the data comes from (docs/config.md)
  feed: text('feed'),
  refresh: param(
    'refresh',
    readSeconds(minRefreshSeconds, maxRefreshSeconds),
    String,
    `a whole number of seconds from ${minRefreshSeconds} to ${maxRefreshSeconds}`,
  ),
  tz: param('tz', readZone, String, 'not an IANA time zone (e.g. Europe/London)'),
  tz2: param(
    'tz2',
    (raw) => (raw === noSecondZone ? raw : readZone(raw)),
    String,
    'not an IANA time zone or "none"',
  ),
  asof: param('asof', (raw) => parseAsOf(raw), formatAsOf),
  // The selection, shared by the three regions
  session: id('session'),
  development: id('development'),
  quote: id('quote'),
  topic: id('topic'),
  person: id('person'),
  // The timeline
  order: param('order', readOneOf(timelineOrders), String, `use ${timelineOrders.join(' or ')}`),
  // The quote wall
  q: text('q'),
  side: text('side'),
  speaker: text('speaker'),
  round: id('round'),
  tone: param('tone', readTone, String),
  from: param('from', readInstant, writeInstant),
  to: param('to', readInstant, writeInstant),
  sort: param('sort', readOneOf(quoteSorts), String),
  // The desk
  layout: param<DeskLayout>(
    'layout',
    parseLayout,
    serializeLayout,
    'three shares in percent, e.g. 27-28-45 (a "c" after one folds it)',
  ),
  density: param('density', readOneOf(densities), String, `use ${densities.join(' or ')}`),
  // The markets
  window: param<WindowChoice>(
    'window',
    readWindow,
    writeWindow,
    'use event, day, all, round:<id>, last:<hours>h (1 to 168), or <from>~<to> in ISO 8601',
  ),
  instruments: param('instruments', readIdList, writeIdList, 'instrument ids separated by commas'),
  // The demo feed (mocks/) and the benchmarks
  scenario: text('scenario'),
  demo: text('demo'),
  speed: text('speed'),
  start: text('start'),
  bench: text('bench'),
}

export type UrlParamKey = keyof typeof urlParams

/**
 * The quote wall's own parameters: its search, filters and order. Topic and session are the
 * page-wide selection (?topic=, ?session=), shared with the timeline.
 */
export const quoteWallParams = [
  'q',
  'side',
  'speaker',
  'tone',
  'round',
  'from',
  'to',
  'sort',
] as const satisfies readonly UrlParamKey[]
export type QuoteWallParam = (typeof quoteWallParams)[number]
export type UrlParamValue<K extends UrlParamKey> =
  (typeof urlParams)[K] extends UrlParam<infer T> ? T : never
/** New values by parameter; null removes one. */
export type UrlUpdates = { [K in UrlParamKey]?: UrlParamValue<K> | null }

/** The raw text of a parameter in a query string (null when absent). */
export function rawParam(key: UrlParamKey, search: string | URLSearchParams): string | null {
  return (typeof search === 'string' ? new URLSearchParams(search) : search).get(
    urlParams[key].name,
  )
}

/** A parameter's value in a query string, or null when absent or not understood. */
export function readParam<K extends UrlParamKey>(
  key: K,
  search: string | URLSearchParams,
): UrlParamValue<K> | null {
  const raw = rawParam(key, search)
  return raw === null ? null : (urlParams[key].read(raw) as UrlParamValue<K> | null)
}

/** Writes the updates into `params` (null or an empty text removes the parameter). */
export function writeParams(params: URLSearchParams, updates: UrlUpdates): URLSearchParams {
  for (const [key, value] of Object.entries(updates) as [UrlParamKey, unknown][]) {
    const spec = urlParams[key] as UrlParam<unknown>
    if (value === null || value === undefined) {
      params.delete(spec.name)
      continue
    }
    const written = spec.write(value)
    if (written === '' && key !== 'kiosk') params.delete(spec.name)
    else params.set(spec.name, written)
  }
  return params
}

/** A relative link ("?quote=x&tz=...#quotes") with the updates applied to a query string. */
export function linkWith(search: string, updates: UrlUpdates, hash = ''): string {
  return `?${writeParams(new URLSearchParams(search), updates).toString()}${hash}`
}

/** One console warning per declared parameter whose present value the page does not understand. */
export function malformedParamWarnings(
  search: URLSearchParams,
  skip: readonly UrlParamKey[] = [],
): string[] {
  const warnings: string[] = []
  for (const [key, spec] of Object.entries(urlParams) as [UrlParamKey, UrlParam<unknown>][]) {
    const raw = search.get(spec.name)
    if (spec.expected === undefined || raw === null || raw.trim() === '' || skip.includes(key))
      continue
    if (spec.read(raw) === null) warnings.push(`?${spec.name}=${raw} ignored: ${spec.expected}`)
  }
  return warnings
}
