import { readStoredJson, writeStoredJson } from '../../lib/stored-json'

/**
 * What the viewer last saw, per feed: each instrument's price then and when (the feed's clock), so
 * the briefing can say how far each moved "since you last looked". Kept in localStorage.
 */
export type LastLook = { at: number; prices: Record<string, { t: number; v: number }> }

export const lastLookStorageKey = (feedBaseUrl: string) => `ttm.last-look.v1:${feedBaseUrl}`

const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value)

/** A stored look, or null when there is none or it does not read as one. */
export function parseLastLook(stored: unknown): LastLook | null {
  if (typeof stored !== 'object' || stored === null || !('at' in stored) || !('prices' in stored))
    return null
  const { at, prices } = stored
  if (!isFiniteNumber(at) || typeof prices !== 'object' || prices === null) return null
  const kept: LastLook['prices'] = {}
  for (const [id, price] of Object.entries(prices)) {
    if (
      typeof price === 'object' &&
      price !== null &&
      't' in price &&
      'v' in price &&
      isFiniteNumber(price.t) &&
      isFiniteNumber(price.v)
    ) {
      kept[id] = { t: price.t, v: price.v }
    }
  }
  return { at, prices: kept }
}

export function readLastLook(feedBaseUrl: string): LastLook | null {
  return parseLastLook(readStoredJson(lastLookStorageKey(feedBaseUrl)))
}

export function writeLastLook(feedBaseUrl: string, look: LastLook): void {
  writeStoredJson(lastLookStorageKey(feedBaseUrl), look)
}
