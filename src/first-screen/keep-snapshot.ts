import { loadingInView } from './loading-in-view'
import { captureSnapshotMarkup } from './snapshot-markup'
import {
  currentBuild,
  snapshotMaxChars,
  snapshotStorageKey,
  snapshotVersion,
  type SnapshotRecord,
} from './snapshot-record'

export type KeepSnapshotOptions = {
  configText: string
  feedBaseUrl: string
  /** The time of the oldest answer on screen; null while any is missing or failed (nothing kept). */
  dataTime: () => number | null
}

/**
 * Keeps the page's first screen each time the viewer leaves or hides the page, for the next load of
 * the same page to paint at once (show-snapshot.ts). Returns the function that stops keeping it.
 */
export function keepSnapshots(options: KeepSnapshotOptions): () => void {
  // Leaving a page hides it first: one save serves both events.
  let savedAt = -Infinity
  const save = () => {
    if (performance.now() - savedAt < 1_000) return
    savedAt = performance.now()
    saveSnapshot(options)
  }
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') save()
  }
  window.addEventListener('pagehide', save)
  document.addEventListener('visibilitychange', onVisibility)
  return () => {
    window.removeEventListener('pagehide', save)
    document.removeEventListener('visibilitychange', onVisibility)
  }
}

/** Saves the screen as it is, unless part of it is still loading or failed; over the cap, drops it. */
export function saveSnapshot(options: KeepSnapshotOptions, now = Date.now()) {
  const root = document.getElementById('root')
  const dataTime = options.dataTime()
  if (!root?.firstElementChild || dataTime === null || loadingInView(root)) return
  const html = captureSnapshotMarkup(root)
  const key = snapshotStorageKey()
  const record: SnapshotRecord = {
    version: snapshotVersion,
    build: currentBuild(),
    configText: options.configText,
    search: window.location.search,
    feedBaseUrl: options.feedBaseUrl,
    width: window.innerWidth,
    height: window.innerHeight,
    rootAttributes: rootAttributes(),
    dataTime,
    savedAt: now,
    html,
  }
  try {
    if (html.length > snapshotMaxChars) window.localStorage.removeItem(key)
    else window.localStorage.setItem(key, JSON.stringify(record))
  } catch {
    // Storage full or refused: no snapshot, and none left from before that would now be wrong.
    try {
      window.localStorage.removeItem(key)
    } catch {
      // storage refused altogether: nothing is kept
    }
  }
}

/** What the app set on <html> (theme, kiosk); not its inline style, which the CSP would refuse. */
function rootAttributes(): Record<string, string> {
  const kept: Record<string, string> = {}
  for (const { name, value } of Array.from(document.documentElement.attributes))
    if (name !== 'style' && name !== 'data-snapshot') kept[name] = value
  return kept
}
