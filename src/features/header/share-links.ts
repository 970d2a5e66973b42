import { readChrome } from '../../hooks/chrome-context'
import {
  quoteWallParams,
  writeParams,
  type QuoteWallParam,
  type UrlParamKey,
  type UrlParamValue,
  type UrlUpdates,
  type View,
} from '../../hooks/url-params'
import { selectionParams } from '../../hooks/use-selection'

export type ShareTheme = 'default' | 'light' | 'dark' | 'transparent'

export type WallFilters = { [K in QuoteWallParam]?: UrlParamValue<K> }

/**
 * The rest of what the page shows that a link must carry to show it again: the feed (one of
 * config.json's allowed feeds), the moment replayed, the timeline's order, the markets' window
 * and the instruments chosen.
 */
export const pageStateParams = [
  'feed',
  'asof',
  'order',
  'window',
  'instruments',
] as const satisfies readonly UrlParamKey[]
export type PageState = { [K in (typeof pageStateParams)[number]]?: UrlParamValue<K> }

/** Views with the quote wall on them. */
export const showsWall = (view: View) => view === 'dashboard' || view === 'quotes'
const showsTimeline = (view: View) => view === 'dashboard' || view === 'timeline'
const showsMarketPanels = (view: View) => view === 'dashboard' || view === 'markets'

export type ShareOptions = {
  view: View
  /** With view "markets": one instrument's chart. */
  instrument: string | null
  theme: ShareTheme
  /** The display time zone to fix, or null to leave it to the viewer. */
  timeZone: string | null
  header: boolean
  filters: boolean
  timeZonePicker: boolean
  /** Seconds, or null for config.json's interval. */
  refreshSeconds: number | null
  kiosk: boolean
  rotateSeconds: number | null
  /** The current selection (?session=, ?topic=, ...) to carry over, or none. */
  selection: Partial<Record<(typeof selectionParams)[number], string>>
  /** The quote wall's search, filters and order to carry over (views with the wall only), or none. */
  wallFilters: WallFilters
  /** The page's feed, replayed moment, timeline order and market window, each where it shows. */
  pageState: PageState
  /** The host page's origin, for height messages; null for a plain link. */
  parentOrigin: string | null
}

const viewTitles: Record<View, string> = {
  dashboard: 'Trade Talks Monitor',
  timeline: 'Trade talks timeline',
  quotes: 'Trade talks quote wall',
  markets: 'Trade talks market reaction',
  snapshot: 'Trade talks market snapshot',
}

/** The page's own address (its folder, any sub-path), with the options as URL parameters. */
export function buildShareUrl(pageUrl: string, options: ShareOptions): string {
  const url = new URL('./', pageUrl)
  const params = url.searchParams
  writeParams(params, {
    view: options.view === 'dashboard' ? null : options.view,
    instrument: options.view === 'markets' ? options.instrument : null,
    kiosk: options.kiosk || null,
  })
  // Chrome switches only where they differ from the view's defaults: short links.
  const defaults = readChrome(new URLSearchParams(params))
  const differing = (value: boolean, fallback: boolean) => (value === fallback ? null : value)
  writeParams(params, {
    header: differing(options.header, defaults.header),
    filters: options.kiosk ? null : differing(options.filters, defaults.filters),
    tzpicker: options.kiosk ? null : differing(options.timeZonePicker, defaults.timeZonePicker),
    theme: options.theme === 'default' ? null : options.theme,
    tz: options.timeZone,
    refresh: options.refreshSeconds,
    rotate: options.kiosk ? options.rotateSeconds : null,
    ...Object.fromEntries(selectionParams.map((key) => [key, options.selection[key] || null])),
    ...Object.fromEntries(
      quoteWallParams.map((key) => [
        key,
        showsWall(options.view) ? (options.wallFilters[key] ?? null) : null,
      ]),
    ),
    ...pageStateUpdates(options),
    parent: options.parentOrigin,
  })
  // "?kiosk=" reads as "?kiosk": drop the empty "=" for a cleaner link.
  return url.href.replace(/([?&]kiosk)=(?=&|$)/, '$1')
}

function pageStateUpdates({ view, instrument, pageState }: ShareOptions): UrlUpdates {
  return {
    feed: pageState.feed ?? null,
    asof: pageState.asof ?? null,
    order: showsTimeline(view) ? (pageState.order ?? null) : null,
    window: showsMarketPanels(view) ? (pageState.window ?? null) : null,
    // One instrument's chart shows that one alone.
    instruments:
      showsMarketPanels(view) && !(view === 'markets' && instrument)
        ? (pageState.instruments ?? null)
        : null,
  }
}

function escapeAttribute(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
}

/** The iframe for a host page; docs/embedding.md gives the script that sizes it. */
export function buildIframeSnippet(url: string, view: View, height = 600): string {
  return `<iframe src="${escapeAttribute(url)}" title="${viewTitles[view]}" width="100%" height="${height}" loading="lazy" data-trade-talks-monitor></iframe>`
}
