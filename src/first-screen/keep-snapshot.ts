import { whenIdle } from '../lib/when-idle'
import { loadingInView } from './loading-in-view'
import { captureSnapshotMarkup } from './snapshot-markup'
import {
  currentBuild,
  snapshotChars,
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

/** Quiet this long after a change, the screen is kept again, in an idle moment. */
const quietMs = 2_000
/**
 * Changes that do not make a kept screen out of date: the refresh status (painted as "cached HH:MM"
 * instead) and durations ticking each second (the minute's changes around them keep them within a
 * minute).
 */
const tickingSelector = '[data-refresh-status], [data-ticks]'

/**
 * Keeps the page's first screen for the next load of the same page to paint at once
 * (show-snapshot.ts): once the page has been quiet for a moment after a change, and again when the
 * viewer hides or leaves it if it changed since. Kept ahead, the screen costs nothing on the way
 * out, which a reload waits for. Returns the function that stops keeping it.
 */
export function keepSnapshots(options: KeepSnapshotOptions): () => void {
  let upToDate = false
  let quiet: ReturnType<typeof setTimeout> | undefined
  let idle: (() => void) | undefined
  const cancel = () => {
    clearTimeout(quiet)
    quiet = undefined
    idle?.()
    idle = undefined
  }
  const save = () => {
    cancel()
    if (!upToDate) upToDate = saveSnapshot(options)
  }
  const changed = () => {
    upToDate = false
    cancel()
    quiet = setTimeout(() => {
      quiet = undefined
      idle = whenIdle(() => {
        idle = undefined
        if (document.visibilityState === 'visible') save()
      })
    }, quietMs)
  }
  const observer = new MutationObserver((records) => {
    if (records.some((record) => !ticking(record.target))) changed()
  })
  const root = document.getElementById('root')
  if (root)
    observer.observe(root, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    })
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') save()
  }
  const listening = { capture: true, passive: true } as const
  window.addEventListener('pagehide', save)
  document.addEventListener('visibilitychange', onVisibility)
  document.addEventListener('scroll', changed, listening)
  window.addEventListener('resize', changed)
  changed()
  return () => {
    cancel()
    observer.disconnect()
    window.removeEventListener('pagehide', save)
    document.removeEventListener('visibilitychange', onVisibility)
    document.removeEventListener('scroll', changed, listening)
    window.removeEventListener('resize', changed)
  }
}

function ticking(node: Node): boolean {
  const element = node instanceof Element ? node : node.parentElement
  return element?.closest(tickingSelector) != null
}

/**
 * Saves the screen as it is, unless part of it is still loading or failed (false: nothing decided);
 * over the cap, drops it.
 */
export function saveSnapshot(options: KeepSnapshotOptions, now = Date.now()): boolean {
  const root = document.getElementById('root')
  const dataTime = options.dataTime()
  if (!root?.firstElementChild || dataTime === null || loadingInView(root)) return false
  const { html, later } = captureSnapshotMarkup(root)
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
    later,
  }
  try {
    if (snapshotChars(record) > snapshotMaxChars) window.localStorage.removeItem(key)
    else window.localStorage.setItem(key, JSON.stringify(record))
  } catch {
    // Storage full or refused: no snapshot, and none left from before that would now be wrong.
    try {
      window.localStorage.removeItem(key)
    } catch {
      // storage refused altogether: nothing is kept
    }
  }
  return true
}

/** What the app set on <html> (theme, kiosk); not its inline style, which the CSP would refuse. */
function rootAttributes(): Record<string, string> {
  const kept: Record<string, string> = {}
  for (const { name, value } of Array.from(document.documentElement.attributes))
    if (name !== 'style' && name !== 'data-snapshot') kept[name] = value
  return kept
}
