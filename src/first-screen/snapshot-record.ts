import { feedCacheVersion } from '../feed/feed-cache-version'

/**
 * The last first screen a browser painted with a real feed, kept as HTML so a reload paints it
 * before any of the app's code has run. Shared by the page's first chunk (which shows it) and the
 * app (which keeps it).
 */

/** The feed contract the cache is tied to, and the stored shape (change it when that changes). */
export const snapshotVersion = `${feedCacheVersion}/snapshot-2`
/** Larger snapshots are not kept (characters of HTML, its later parts included). */
export const snapshotMaxChars = 1_500_000
/**
 * Older snapshots are not shown: a copy keeps the words of its moment ("starts in 45 min", the now
 * line), which the app recomputes from the clock and a copy cannot. The feed cache (a week) still
 * paints older data once the app runs.
 */
export const snapshotMaxAgeMs = 10 * 60_000

export type SnapshotRecord = {
  version: string
  /** The stylesheets the HTML was painted with: another build's classes may not exist in this one. */
  build: string
  /** config.json's text and the page's query: the same pair resolves to the same feed and view. */
  configText: string
  search: string
  feedBaseUrl: string
  width: number
  height: number
  /** Attributes of <html> the app set (theme, kiosk), applied before the snapshot paints. */
  rootAttributes: Record<string, string>
  /** The time of the oldest answer on screen: the snapshot says "cached HH:MM". */
  dataTime: number
  savedAt: number
  html: string
  /** The parts painted in the frames after the first (snapshot-markup.ts). */
  later: string[]
}

export const snapshotChars = (record: Pick<SnapshotRecord, 'html' | 'later'>) =>
  record.later.reduce((sum, part) => sum + part.length, record.html.length)

/** One snapshot per page path: deployments under two sub-paths of one origin keep their own. */
export const snapshotStorageKey = (pathname = window.location.pathname) =>
  `ttm.first-screen:${pathname}`

/** The build's identity as the page sees it: the URLs of its stylesheets (hashed by Vite). */
export function currentBuild(): string {
  return Array.from(document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]'))
    .map((link) => link.href)
    .join(' ')
}

export type SnapshotContext = {
  search: string
  /** Whether the window's viewport is this size (innerWidth x innerHeight, to a pixel). */
  viewportIs: (width: number, height: number) => boolean
  build: string
  now: number
}

/**
 * Whether a kept snapshot belongs to this page as it is now (else it is never shown); its config
 * text is compared once config.json has arrived.
 */
export function snapshotFits(record: SnapshotRecord, context: SnapshotContext): boolean {
  return (
    record.version === snapshotVersion &&
    record.build === context.build &&
    record.search === context.search &&
    context.viewportIs(record.width, record.height) &&
    snapshotChars(record) <= snapshotMaxChars &&
    context.now - record.savedAt <= snapshotMaxAgeMs &&
    record.savedAt <= context.now
  )
}

export function readSnapshot(): SnapshotRecord | null {
  try {
    const text = window.localStorage.getItem(snapshotStorageKey())
    if (text === null) return null
    const record: unknown = JSON.parse(text)
    return isRecord(record) ? record : null
  } catch {
    return null
  }
}

function isRecord(value: unknown): value is SnapshotRecord {
  if (typeof value !== 'object' || value === null) return false
  const record = value as Record<string, unknown>
  const strings = ['version', 'build', 'configText', 'search', 'feedBaseUrl', 'html']
  const numbers = ['width', 'height', 'dataTime', 'savedAt']
  return (
    strings.every((key) => typeof record[key] === 'string') &&
    numbers.every((key) => typeof record[key] === 'number') &&
    typeof record.rootAttributes === 'object' &&
    record.rootAttributes !== null &&
    Array.isArray(record.later) &&
    record.later.every((part) => typeof part === 'string')
  )
}
