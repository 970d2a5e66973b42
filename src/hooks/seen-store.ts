import { readStoredJson, writeStoredJson } from '../lib/stored-json'

/**
 * "New since you last looked", per feed (the storage key holds the feed's base URL).
 * Items are kept by scope ("quote", "development"): each scope's first list is the baseline (the
 * first visit marks nothing new); an item that arrives later stays new until it is seen (scrolled
 * into view for a few seconds, or marked seen), across reloads.
 */

export type SeenScope = 'quote' | 'development' | (string & {})

type SeenState = { baselined: readonly string[]; seen: readonly string[] }

/** Seen ids kept per feed; the oldest are dropped beyond this (a feed holds far fewer items). */
const maxSeen = 5000

export function seenStorageKey(feedBaseUrl: string): string {
  return `ttm.seen.v1:${feedBaseUrl}`
}

export const scoped = (scope: string, id: string) => `${scope}:${id}`

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string')
}

export function parseSeen(stored: unknown): SeenState {
  if (typeof stored !== 'object' || stored === null) return { baselined: [], seen: [] }
  const baselined = 'baselined' in stored && isStringArray(stored.baselined) ? stored.baselined : []
  const seen = 'seen' in stored && isStringArray(stored.seen) ? stored.seen : []
  return { baselined, seen }
}

export type SeenSets = { baselined: ReadonlySet<string>; seen: ReadonlySet<string> }

export function toSets(state: SeenState): SeenSets {
  return { baselined: new Set(state.baselined), seen: new Set(state.seen) }
}

export function update(feedBaseUrl: string, change: (state: SeenState) => SeenState) {
  const key = seenStorageKey(feedBaseUrl)
  writeStoredJson(key, change(parseSeen(readStoredJson(key))))
}

export function addSeen(state: SeenState, ids: readonly string[]): SeenState {
  const have = new Set(state.seen)
  const added = ids.filter((id) => !have.has(id))
  if (added.length === 0) return state
  return { ...state, seen: [...state.seen, ...added].slice(-maxSeen) }
}

/** Marks items of one scope seen (e.g. a quote the user opened). */
export function markSeen(feedBaseUrl: string, scope: SeenScope, ids: readonly string[]): void {
  update(feedBaseUrl, (state) =>
    addSeen(
      state,
      ids.map((id) => scoped(scope, id)),
    ),
  )
}

// The items each mounted useSeenItems shows now, per feed and scope: for markAllSeen and the count.
export const current = new Map<string, ReadonlyMap<string, readonly string[]>>()
const currentListeners = new Set<() => void>()
export const emptyCurrent: ReadonlyMap<string, readonly string[]> = new Map()

export function setCurrent(feedBaseUrl: string, scope: string, ids: readonly string[] | null) {
  const before = current.get(feedBaseUrl) ?? emptyCurrent
  const previous = before.get(scope)
  if (ids === null ? previous === undefined : previous !== undefined && sameIds(previous, ids))
    return
  const next = new Map(before)
  if (ids === null) next.delete(scope)
  else next.set(scope, ids)
  current.set(feedBaseUrl, next)
  currentListeners.forEach((listener) => listener())
}

function sameIds(a: readonly string[], b: readonly string[]) {
  return a.length === b.length && a.every((id, i) => id === b[i])
}

export function subscribeCurrent(listener: () => void) {
  currentListeners.add(listener)
  return () => {
    currentListeners.delete(listener)
  }
}

/** Marks every item the page shows now (every mounted scope) seen. */
export function markAllSeen(feedBaseUrl: string): void {
  const shown = current.get(feedBaseUrl) ?? emptyCurrent
  update(feedBaseUrl, (state) =>
    addSeen(
      state,
      [...shown].flatMap(([scope, ids]) => ids.map((id) => scoped(scope, id))),
    ),
  )
}

export function splitIds(key: string): string[] {
  return key === '' ? [] : key.split('\n')
}

export function newIdsOf(
  sets: SeenSets,
  scope: string,
  ids: readonly string[] | undefined,
): string[] {
  if (!ids || !sets.baselined.has(scope)) return []
  return ids.filter((id) => !sets.seen.has(scoped(scope, id)))
}
