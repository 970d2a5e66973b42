import { createContext, useContext } from 'react'
import { rawParam, readParam, type UrlParamKey, type View } from './url-params'

/**
 * The page's chrome and view, from the URL (see docs/embedding.md). Each piece of chrome switches on
 * its own: an embedded quote wall may keep its filters and drop the header.
 * Features read it with useChrome():
 * - `filters`: show the panel's own filter and option controls (quote filters, timeline filters,
 *   market toggles); off, the panel shows its content with the URL's selection applied.
 * - `view === 'markets'` with `instrument`: the markets panel shows only that instrument's chart;
 *   `view === 'snapshot'`: only the snapshot strip.
 * - `kiosk`: a wall screen: no controls at all, large type (the CSS does the type).
 * - `autoHeight`: embedded and sized to its content by the host: no viewport-based (vh) heights.
 */
export type Chrome = {
  view: View
  /** ?instrument=spx: one instrument's chart (with view=markets). */
  instrument: string | null
  header: boolean
  filters: boolean
  timeZonePicker: boolean
  kiosk: boolean
  /**
   * The host page sizes this page to its content (an iframe with ?parent=): nothing may take its
   * size from the viewport (vh), or each message makes the page taller; use a fixed cap instead.
   */
  autoHeight: boolean
}

export const fullChrome: Chrome = {
  view: 'dashboard',
  instrument: null,
  header: true,
  filters: true,
  timeZonePicker: true,
  kiosk: false,
  autoHeight: false,
}

/** The parameters readChrome reads: the chrome changes only when one of them does. */
export const chromeParams = [
  'view',
  'instrument',
  'kiosk',
  'header',
  'filters',
  'tzpicker',
  'parent',
] as const satisfies readonly UrlParamKey[]

/**
 * Reads the chrome from a query string (pure). Defaults: the dashboard shows everything; a single
 * panel has no header and no time-zone picker but keeps its filters, unless on a wall screen (kiosk,
 * whose header says how fresh its data is); kiosk has no controls.
 * ?header=, ?filters=, ?tzpicker= (1/0) override each default.
 */
export function readChrome(search: URLSearchParams): Chrome {
  const instrument = readParam('instrument', search)
  const view: View = readParam('view', search) ?? (instrument ? 'markets' : 'dashboard')
  const kiosk = readParam('kiosk', search) ?? false
  const single = view !== 'dashboard'
  return {
    view,
    instrument: view === 'markets' ? instrument : null,
    kiosk,
    header: readParam('header', search) ?? (!single || kiosk),
    filters: !kiosk && (readParam('filters', search) ?? true),
    timeZonePicker: !kiosk && (readParam('tzpicker', search) ?? !single),
    autoHeight: rawParam('parent', search) !== null,
  }
}

export const ChromeContext = createContext<Chrome>(fullChrome)

/** The page's chrome and view; everything on outside a provider (tests of a single feature). */
export function useChrome(): Chrome {
  return useContext(ChromeContext)
}
