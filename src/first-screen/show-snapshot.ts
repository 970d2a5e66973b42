import { cachedTime } from '../lib/cached-time'
import { displayZoneOf, displayZoneStorageKey } from '../lib/display-zone-of'
import type { UrlParamKey } from '../hooks/url-params'
import { firstContentPainted } from '../lib/first-content-painted'
import { whenSettled } from './when-settled'
import { currentBuild, readSnapshot, snapshotFits, type SnapshotRecord } from './snapshot-record'
import { parseKeptMarkup, parseSnapshotMarkup, restoreScrollPositions } from './snapshot-markup'

/** Past this, the snapshot gives way whatever the app shows (as the start-up fallback does). */
const giveWayAfterMs = 10_000

type Shown = { record: SnapshotRecord; element: HTMLElement; rootAttributes: Map<string, string> }
let shown: Shown | null = null

/** The snapshot on screen, if one is (its feed, to check against the one the app resolves). */
export const shownSnapshot = (): SnapshotRecord | null => shown?.record ?? null

export type PreparedSnapshot = { record: SnapshotRecord; element: HTMLElement }

/**
 * The last first screen this browser kept for this page and URL (see snapshot-record.ts), built
 * while config.json is on its way: inert, hidden from assistive technology (the app's own page
 * is the one to read), marked "cached HH:MM, refreshing…". Null if none fits.
 */
export function prepareSnapshot(now = Date.now()): PreparedSnapshot | null {
  const record = readSnapshot()
  const context = {
    search: window.location.search,
    viewportIs,
    build: currentBuild(),
    now,
  }
  if (!record || !snapshotFits(record, context)) return null
  const element = document.createElement('div')
  element.id = 'first-screen-snapshot'
  element.inert = true
  element.setAttribute('aria-hidden', 'true')
  element.append(
    parseSnapshotMarkup(
      record.html,
      `cached ${cachedTime(record.dataTime, now, keptDisplayZone(record.configText))}, refreshing…`,
    ),
  )
  return { record, element }
}

const zoneKey = 'tz' satisfies UrlParamKey

/** The zone the app will show times in: the snapshot is shown only for the config it was kept with. */
function keptDisplayZone(configText: string): string {
  let config: unknown = null
  try {
    config = JSON.parse(configText)
  } catch {
    // An unreadable config.json: the app stops and says why; the zone falls back to the viewer's.
  }
  const configZone =
    typeof config === 'object' && config !== null && 'timeZone' in config
      ? config.timeZone
      : undefined
  let stored: string | null = null
  try {
    stored = window.localStorage.getItem(displayZoneStorageKey)
  } catch {
    // Storage refused (a sandboxed frame): no remembered choice.
  }
  return displayZoneOf(
    new URLSearchParams(window.location.search).get(zoneKey),
    stored,
    typeof configZone === 'string' ? configZone : undefined,
  )
}

/**
 * Asked of a media query, which needs no layout: reading innerWidth would force the page's first
 * layout while the first chunk runs, and hold up config.json's answer and the paint behind it.
 * To a pixel either way, as a zoomed window's viewport is a fraction that innerWidth rounds.
 */
function viewportIs(width: number, height: number): boolean {
  if (typeof window.matchMedia !== 'function')
    return Math.abs(window.innerWidth - width) <= 1 && Math.abs(window.innerHeight - height) <= 1
  return window.matchMedia(
    `(min-width: ${width - 1}px) and (max-width: ${width + 1}px) and ` +
      `(min-height: ${height - 1}px) and (max-height: ${height + 1}px)`,
  ).matches
}

/**
 * Paints a prepared snapshot if config.json is the one it was kept with, above the app's own
 * root, which stays hidden and lays itself out underneath. The snapshot gives way
 * (`dropSnapshot`) as soon as the app shows the first screen with nothing loading in view.
 */
export function showSnapshot({ record, element }: PreparedSnapshot, configText: string): boolean {
  const root = document.getElementById('root')
  if (!root || record.configText !== configText) return false
  const html = document.documentElement
  const rootAttributes = new Map(Array.from(html.attributes, (a) => [a.name, a.value]))
  for (const [name, value] of Object.entries(record.rootAttributes)) html.setAttribute(name, value)
  html.dataset.snapshot = ''
  root.before(element)
  // In the frame that paints it: one layout, not one now and another for the paint.
  requestAnimationFrame(() => restoreScrollPositions(element))
  shown = { record, element, rootAttributes }
  whenSettled(root, giveWayAfterMs, () => dropSnapshot())
  void firstContentPainted(300).then(() => paintLater(element, record.later))
  return true
}

/**
 * Fills the boxes kept empty (the charts), one per frame once the rest is on screen: the words
 * paint without waiting for them, and no frame takes long.
 */
function paintLater(element: HTMLElement, later: readonly string[]) {
  const boxes = Array.from(element.querySelectorAll<HTMLElement>('[data-snap-later]'))
  const next = () => {
    const box = boxes.shift()
    if (!box || shown?.element !== element) return
    const part = later[Number(box.dataset.snapLater)]
    if (part !== undefined) box.replaceChildren(parseKeptMarkup(part))
    restoreScrollPositions(box)
    requestAnimationFrame(next)
  }
  requestAnimationFrame(next)
}

/** Takes the snapshot away and shows the app's root. `restore`: the app is not the snapshot's page. */
export function dropSnapshot({ restore = false } = {}) {
  if (!shown) return
  const html = document.documentElement
  if (restore) {
    for (const { name } of Array.from(html.attributes)) html.removeAttribute(name)
    for (const [name, value] of shown.rootAttributes) html.setAttribute(name, value)
  }
  shown.element.remove()
  delete html.dataset.snapshot
  shown = null
}
