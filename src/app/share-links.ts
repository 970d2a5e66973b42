import { readChrome, type View } from '../hooks/chrome-context'
import { selectionParams } from '../hooks/use-selection'

export type ShareTheme = 'default' | 'light' | 'dark' | 'transparent'

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
  selection: Record<string, string>
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
  if (options.view !== 'dashboard') params.set('view', options.view)
  if (options.view === 'markets' && options.instrument) params.set('instrument', options.instrument)
  if (options.kiosk) params.set('kiosk', '')
  // Chrome switches only where they differ from the view's defaults: short links.
  const defaults = readChrome(new URLSearchParams(params))
  if (options.header !== defaults.header) params.set('header', options.header ? '1' : '0')
  if (!options.kiosk) {
    if (options.filters !== defaults.filters) params.set('filters', options.filters ? '1' : '0')
    if (options.timeZonePicker !== defaults.timeZonePicker) params.set('tzpicker', options.timeZonePicker ? '1' : '0')
  }
  if (options.theme !== 'default') params.set('theme', options.theme)
  if (options.timeZone) params.set('tz', options.timeZone)
  if (options.refreshSeconds !== null) params.set('refresh', String(options.refreshSeconds))
  if (options.kiosk && options.rotateSeconds !== null) params.set('rotate', String(options.rotateSeconds))
  for (const key of selectionParams) {
    const value = options.selection[key]
    if (value) params.set(key, value)
  }
  if (options.parentOrigin) params.set('parent', options.parentOrigin)
  // "?kiosk=" reads as "?kiosk": drop the empty "=" for a cleaner link.
  return url.href.replace(/([?&]kiosk)=(?=&|$)/, '$1')
}

function escapeAttribute(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
}

/** The iframe for a host page; docs/embedding.md gives the script that sizes it. */
export function buildIframeSnippet(url: string, view: View, height = 600): string {
  return `<iframe src="${escapeAttribute(url)}" title="${viewTitles[view]}" width="100%" height="${height}" loading="lazy" data-trade-talks-monitor></iframe>`
}
