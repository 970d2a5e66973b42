/**
 * The desk's three regions side by side (timeline, quote wall, markets): each one's share of the
 * width and whether the viewer folded it away. Pure: parsed from and written to the URL
 * (?layout=27-28-45, a "c" after a share marks that region collapsed: 27-28c-45) and localStorage.
 */
export const regions = ['timeline', 'quotes', 'markets'] as const

/** Tailwind's lg breakpoint: from here the regions sit side by side; below it they are tabs. */
export const deskQuery = '(min-width: 64rem)'
export type Region = (typeof regions)[number]

export const regionTitles: Record<Region, string> = {
  timeline: 'Timeline',
  quotes: 'Quote wall',
  markets: 'Market reaction',
}

/** The key that brings each region into view (the page's t, q and m). */
export const regionKeys: Record<Region, string> = { timeline: 't', quotes: 'q', markets: 'm' }

export type DeskLayout = {
  /** Shares of the width in percent, summing to 100; a collapsed region keeps its share for later. */
  sizes: readonly [number, number, number]
  collapsed: readonly [boolean, boolean, boolean]
}

import type { UrlParamKey } from './url-params'

/** The layout's URL parameter (declared in url-params.ts; read here by the start-up shell too). */
const layoutKey = 'layout' satisfies UrlParamKey
/** Where the browser remembers the viewer's layout. */
export const layoutStorageKey = 'ttm:desk-layout'
/** No region narrower than this share while shown: a timeline of 12% is a column of ellipses. */
export const minShare = 15
/** One arrow key press moves a divider this far; with Shift, ten times as far (WAI splitter). */
export const keyStep = 2

/** The markets get the most: two charts side by side from 1280 px, three from about 1800 px. */
export const defaultLayout: DeskLayout = { sizes: [27, 28, 45], collapsed: [false, false, false] }

const round1 = (n: number) => Math.round(n * 10) / 10

/** Shares scaled to 100 and each at least minShare; null when they cannot be (bad numbers). */
function normalise(sizes: readonly number[]): DeskLayout['sizes'] | null {
  if (sizes.length !== 3 || sizes.some((s) => !Number.isFinite(s) || s <= 0)) return null
  const total = sizes.reduce((a, b) => a + b, 0)
  const scaled = sizes.map((s) => (s / total) * 100)
  // Shares below the minimum are raised to it; the others give up the difference in proportion.
  const small = scaled.map((s) => s < minShare)
  const rest = scaled.reduce((sum, s, i) => sum + (small[i] ? 0 : s), 0)
  const room = 100 - minShare * small.filter(Boolean).length
  const [a = 0, b = 0, c = 0] = scaled.map((s, i) =>
    small[i] ? minShare : round1((s / rest) * room),
  )
  return [a, b, c]
}

/** "27-28c-45" to a layout; null for anything else (the caller falls back and may warn). */
export function parseLayout(value: string | null): DeskLayout | null {
  if (!value) return null
  const parts = value.split('-')
  if (parts.length !== 3) return null
  const matches = parts.map((part) => /^(\d{1,3}(?:\.\d)?)(c?)$/.exec(part.trim()))
  if (matches.some((m) => m === null)) return null
  const sizes = normalise(matches.map((m) => Number(m![1])))
  if (!sizes) return null
  const [x = false, y = false, z = false] = matches.map((m) => m![2] === 'c')
  // All three folded is no desk at all: show the markets.
  return { sizes, collapsed: x && y && z ? [true, true, false] : [x, y, z] }
}

export function serializeLayout(layout: DeskLayout): string {
  return layout.sizes.map((size, i) => `${round1(size)}${layout.collapsed[i] ? 'c' : ''}`).join('-')
}

export function isDefaultLayout(layout: DeskLayout): boolean {
  return serializeLayout(layout) === serializeLayout(defaultLayout)
}

/**
 * Moves the divider after region `index` by `delta` percentage points: the region before grows and
 * the one after shrinks, each kept at or above minShare; the third is untouched.
 */
export function moveDivider(layout: DeskLayout, index: 0 | 1, delta: number): DeskLayout {
  const sizes = [...layout.sizes]
  const pair = sizes[index]! + sizes[index + 1]!
  const before = Math.min(pair - minShare, Math.max(minShare, sizes[index]! + delta))
  sizes[index] = round1(before)
  sizes[index + 1] = round1(pair - before)
  return { ...layout, sizes: [sizes[0]!, sizes[1]!, sizes[2]!] }
}

/** The divider's bounds, for its aria-valuemin/max: the region before can grow until the one after is at minShare. */
export function dividerRange(layout: DeskLayout, index: 0 | 1): { min: number; max: number } {
  return { min: minShare, max: round1(layout.sizes[index]! + layout.sizes[index + 1]! - minShare) }
}

/** Folds or unfolds a region; the last one shown cannot be folded. */
export function toggleCollapsed(layout: DeskLayout, region: Region): DeskLayout {
  const i = regions.indexOf(region)
  const collapsed = [...layout.collapsed]
  collapsed[i] = !collapsed[i]
  if (collapsed.every(Boolean)) return layout
  return { ...layout, collapsed: [collapsed[0]!, collapsed[1]!, collapsed[2]!] }
}

/** The region a link's hash names ("#quotes"), if it names one. */
export const regionOfHash = (hash: string): Region | null =>
  regions.find((region) => hash === `#${region}`) ?? null

/**
 * The region a link is about: the one its hash names, else where its selection lives (a quote on
 * the quote wall, a session or development on the timeline).
 */
export function linkedRegion(search: URLSearchParams, hash: string): Region | null {
  const hashed = regionOfHash(hash)
  if (hashed) return hashed
  if (search.has('quote')) return 'quotes'
  return search.has('session') || search.has('development') ? 'timeline' : null
}

/**
 * The URL's layout first (a shared link, as its sender had it), then the one this browser
 * remembers, then the default; a remembered fold gives way to the region the link is about.
 */
export function initialLayout(
  search: URLSearchParams,
  stored: string | null,
  hash = '',
): DeskLayout {
  return (
    parseLayout(search.get(layoutKey)) ??
    rememberedLayout(stored, linkedRegion(search, hash)) ??
    defaultLayout
  )
}

/** The remembered layout, with `linked` unfolded if it was folded. */
export function rememberedLayout(stored: string | null, linked: Region | null): DeskLayout | null {
  const layout = parseLayout(stored)
  return layout && linked && layout.collapsed[regions.indexOf(linked)]
    ? toggleCollapsed(layout, linked)
    : layout
}

export function readStoredLayout(): string | null {
  try {
    return window.localStorage.getItem(layoutStorageKey)
  } catch {
    return null
  }
}

export function storeLayout(layout: DeskLayout) {
  try {
    if (isDefaultLayout(layout)) window.localStorage.removeItem(layoutStorageKey)
    else window.localStorage.setItem(layoutStorageKey, serializeLayout(layout))
  } catch {
    // Storage refused (private mode, quota): the layout lasts for this page only.
  }
}

/** A folded region's rail width, and the dividers' width: the grid columns of the split. */
export const railWidth = '2.75rem'
export const dividerWidth = '0.625rem'

/**
 * CSS grid-template-columns for the split: region, divider, region, divider, region; or, for the
 * regions `inGrid` only, each with a divider between.
 */
export function gridColumns(layout: DeskLayout, inGrid: readonly Region[] = regions): string {
  const column = (region: Region) => {
    const i = regions.indexOf(region)
    return layout.collapsed[i] ? railWidth : `minmax(0, ${layout.sizes[i]}fr)`
  }
  return inGrid.map(column).join(` ${dividerWidth} `)
}

/** The regions of a split without the markets (a feed that lists no instruments). */
export const regionsWithoutMarkets: readonly Region[] = ['timeline', 'quotes']

/**
 * The layout as a split without the markets shows it: the markets marked folded (so the shares the
 * dividers move are those of the two others), and, where the viewer had folded both others for the
 * markets, both shown again. The viewer's own layout (the markets' fold kept) is left as it is.
 */
export function layoutWithoutMarkets(layout: DeskLayout): DeskLayout {
  const [timeline, quotes] = layout.collapsed
  const bothFolded = timeline && quotes
  return { ...layout, collapsed: [timeline && !bothFolded, quotes && !bothFolded, true] }
}
