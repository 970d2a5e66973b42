import { readStoredJson, writeStoredJson } from '../lib/stored-json'
import { isKnown, type KnownIds } from './known-ids'

/**
 * "New since you last looked", per feed (the storage keys hold the feed's base URL).
 * Items are kept by scope ("quote", "development"). Each scope's first list is the baseline: the
 * first visit marks nothing new, however long the list. The ids a scope has listed are remembered
 * (as 32-bit hashes, see known-ids.ts); an id that was not among them has arrived, and stays new
 * until it is seen (scrolled into view for a few seconds, or marked seen), across reloads.
 */

export type SeenScope = 'quote' | 'development' | (string & {})

/** `fresh`: scoped ids that arrived after their scope's baseline and have not been seen. */
type SeenState = { baselined: readonly string[]; fresh: readonly string[] }

/** New items kept per feed; the oldest lose their New mark beyond this. */
const maxFresh = 5000

export function seenStorageKey(feedBaseUrl: string): string {
  return `ttm.seen.v2:${feedBaseUrl}`
}

export const scoped = (scope: string, id: string) => `${scope}:${id}`

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string')
}

export function parseSeen(stored: unknown): SeenState {
  if (typeof stored !== 'object' || stored === null) return { baselined: [], fresh: [] }
  const baselined = 'baselined' in stored && isStringArray(stored.baselined) ? stored.baselined : []
  const fresh = 'fresh' in stored && isStringArray(stored.fresh) ? stored.fresh : []
  return { baselined, fresh }
}

export type SeenSets = { baselined: ReadonlySet<string>; fresh: ReadonlySet<string> }

export function toSets(state: SeenState): SeenSets {
  return { baselined: new Set(state.baselined), fresh: new Set(state.fresh) }
}

export function update(feedBaseUrl: string, change: (state: SeenState) => SeenState) {
  const key = seenStorageKey(feedBaseUrl)
  writeStoredJson(key, change(parseSeen(readStoredJson(key))))
}

/** The state with the scope's first list taken as its baseline (nothing in it is new). */
export function baseline(state: SeenState, scope: string): SeenState {
  return state.baselined.includes(scope)
    ? state
    : { ...state, baselined: [...state.baselined, scope] }
}

/** The state with newly arrived (scoped) ids marked new. */
export function addFresh(state: SeenState, ids: readonly string[]): SeenState {
  const have = new Set(state.fresh)
  const added = ids.filter((id) => !have.has(id))
  if (added.length === 0) return state
  return { ...state, fresh: [...state.fresh, ...added].slice(-maxFresh) }
}

/** The state with these (scoped) ids no longer new. */
export function clearFresh(state: SeenState, ids: readonly string[]): SeenState {
  const gone = new Set(ids)
  const fresh = state.fresh.filter((id) => !gone.has(id))
  return fresh.length === state.fresh.length ? state : { ...state, fresh }
}

/** Lists on screen waiting for an idle moment to be taken in (see useSeenItems). */
export const waitingLists = new Set<{ feedBaseUrl: string; scope: string; take: () => void }>()

/**
 * Takes in now the feed's lists (of one scope, or all) still waiting: an arrival marked seen before
 * its list is taken in would come back as an arrival when it is.
 */
function takeInWaitingLists(feedBaseUrl: string, scope?: string) {
  for (const waiting of [...waitingLists])
    if (waiting.feedBaseUrl === feedBaseUrl && (scope === undefined || waiting.scope === scope))
      waiting.take()
}

/** Marks items of one scope seen (e.g. a quote the user opened). */
export function markSeen(feedBaseUrl: string, scope: SeenScope, ids: readonly string[]): void {
  takeInWaitingLists(feedBaseUrl, scope)
  update(feedBaseUrl, (state) =>
    clearFresh(
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
  takeInWaitingLists(feedBaseUrl)
  const shown = current.get(feedBaseUrl) ?? emptyCurrent
  update(feedBaseUrl, (state) =>
    clearFresh(
      state,
      [...shown].flatMap(([scope, ids]) => ids.map((id) => scoped(scope, id))),
    ),
  )
}

/**
 * Which of `ids` are new: marked new and not seen since, or not among the ids the scope listed
 * last (arrived, and not yet taken in by the panel that lists them). None before a baseline.
 */
export function newIdsOf(
  sets: SeenSets,
  scope: string,
  ids: readonly string[] | undefined,
  known: KnownIds | null,
): string[] {
  if (!ids || !known || !sets.baselined.has(scope)) return []
  // With nothing marked new, no key is built per id (a long feed lists tens of thousands).
  const anyFresh = sets.fresh.size > 0
  return ids.filter((id) => (anyFresh && sets.fresh.has(scoped(scope, id))) || !isKnown(known, id))
}
