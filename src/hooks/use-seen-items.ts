import { useCallback, useEffect, useMemo, useSyncExternalStore, type RefObject } from 'react'
import { readStoredJson, useStoredJson, writeStoredJson } from '../lib/stored-json'
import { useRuntime } from './runtime-context'

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

const scoped = (scope: string, id: string) => `${scope}:${id}`

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string')
}

function parseSeen(stored: unknown): SeenState {
  if (typeof stored !== 'object' || stored === null) return { baselined: [], seen: [] }
  const baselined = 'baselined' in stored && isStringArray(stored.baselined) ? stored.baselined : []
  const seen = 'seen' in stored && isStringArray(stored.seen) ? stored.seen : []
  return { baselined, seen }
}

type SeenSets = { baselined: ReadonlySet<string>; seen: ReadonlySet<string> }

function toSets(state: SeenState): SeenSets {
  return { baselined: new Set(state.baselined), seen: new Set(state.seen) }
}

function update(feedBaseUrl: string, change: (state: SeenState) => SeenState) {
  const key = seenStorageKey(feedBaseUrl)
  writeStoredJson(key, change(parseSeen(readStoredJson(key))))
}

function addSeen(state: SeenState, ids: readonly string[]): SeenState {
  const have = new Set(state.seen)
  const added = ids.filter((id) => !have.has(id))
  if (added.length === 0) return state
  return { ...state, seen: [...state.seen, ...added].slice(-maxSeen) }
}

/** Marks items of one scope seen (e.g. a quote the user opened). */
export function markSeen(feedBaseUrl: string, scope: SeenScope, ids: readonly string[]): void {
  update(feedBaseUrl, (state) => addSeen(state, ids.map((id) => scoped(scope, id))))
}

// The items each mounted useSeenItems shows now, per feed and scope: for markAllSeen and the count.
const current = new Map<string, ReadonlyMap<string, readonly string[]>>()
const currentListeners = new Set<() => void>()
const emptyCurrent: ReadonlyMap<string, readonly string[]> = new Map()

function setCurrent(feedBaseUrl: string, scope: string, ids: readonly string[] | null) {
  const before = current.get(feedBaseUrl) ?? emptyCurrent
  const previous = before.get(scope)
  if (ids === null ? previous === undefined : previous !== undefined && sameIds(previous, ids)) return
  const next = new Map(before)
  if (ids === null) next.delete(scope)
  else next.set(scope, ids)
  current.set(feedBaseUrl, next)
  currentListeners.forEach((listener) => listener())
}

function sameIds(a: readonly string[], b: readonly string[]) {
  return a.length === b.length && a.every((id, i) => id === b[i])
}

function subscribeCurrent(listener: () => void) {
  currentListeners.add(listener)
  return () => {
    currentListeners.delete(listener)
  }
}

/** Marks every item the page shows now (every mounted scope) seen. */
export function markAllSeen(feedBaseUrl: string): void {
  const shown = current.get(feedBaseUrl) ?? emptyCurrent
  update(feedBaseUrl, (state) =>
    addSeen(state, [...shown].flatMap(([scope, ids]) => ids.map((id) => scoped(scope, id)))),
  )
}

function splitIds(key: string): string[] {
  return key === '' ? [] : key.split('\n')
}

function newIdsOf(sets: SeenSets, scope: string, ids: readonly string[] | undefined): string[] {
  if (!ids || !sets.baselined.has(scope)) return []
  return ids.filter((id) => !sets.seen.has(scoped(scope, id)))
}

export type SeenItems = {
  /** The ids (of the list passed in) that are new: arrived since the baseline and not seen yet. */
  newIds: ReadonlySet<string>
  isNew: (id: string) => boolean
  count: number
  markSeen: (ids: readonly string[]) => void
  /** Marks every item of this scope that is new now seen. */
  markAllSeen: () => void
}

/**
 * Which of `ids` are new. Pass undefined while the list is loading (the baseline is taken from the
 * first real list, so nothing is new on a first visit), and undefined in replay (as-of) mode, where
 * arriving items are history, not news.
 */
export function useSeenItems(scope: SeenScope, ids: readonly string[] | undefined): SeenItems {
  const { feedBaseUrl } = useRuntime()
  const state = useStoredJson(seenStorageKey(feedBaseUrl), parseSeen)
  const sets = useMemo(() => toSets(state), [state])
  // Callers may build a new array every render: depend on its content, not its identity.
  const idsKey = ids ? ids.join('\n') : null

  useEffect(() => {
    if (idsKey === null) return
    const list = splitIds(idsKey)
    setCurrent(feedBaseUrl, scope, list)
    const stored = parseSeen(readStoredJson(seenStorageKey(feedBaseUrl)))
    if (!stored.baselined.includes(scope)) {
      update(feedBaseUrl, (s) => ({ ...addSeen(s, list.map((id) => scoped(scope, id))), baselined: [...s.baselined, scope] }))
    }
    return () => setCurrent(feedBaseUrl, scope, null)
  }, [feedBaseUrl, scope, idsKey])

  const newIds = useMemo(
    () => new Set(newIdsOf(sets, scope, idsKey === null ? undefined : splitIds(idsKey))),
    [sets, scope, idsKey],
  )
  const markSeenHere = useCallback((list: readonly string[]) => markSeen(feedBaseUrl, scope, list), [feedBaseUrl, scope])
  const markAllHere = useCallback(() => markSeen(feedBaseUrl, scope, [...newIds]), [feedBaseUrl, scope, newIds])
  const isNew = useCallback((id: string) => newIds.has(id), [newIds])
  return { newIds, isNew, count: newIds.size, markSeen: markSeenHere, markAllSeen: markAllHere }
}

/**
 * How many items are new across every mounted useSeenItems of this feed (for the tab title).
 * A scope whose panel is not on the page (a single-panel view) is not counted.
 */
export function useNewItemsCount(): number {
  const { feedBaseUrl } = useRuntime()
  const state = useStoredJson(seenStorageKey(feedBaseUrl), parseSeen)
  const shown = useSyncExternalStore(
    subscribeCurrent,
    () => current.get(feedBaseUrl) ?? emptyCurrent,
    () => emptyCurrent,
  )
  return useMemo(() => {
    const sets = toSets(state)
    let count = 0
    for (const [scope, ids] of shown) count += newIdsOf(sets, scope, ids).length
    return count
  }, [state, shown])
}

/** markAllSeen bound to the page's feed (a "Mark all seen" button in the header). */
export function useMarkAllSeen(): () => void {
  const { feedBaseUrl } = useRuntime()
  return useCallback(() => markAllSeen(feedBaseUrl), [feedBaseUrl])
}

/** How long a new item must be in view before its New mark goes: long enough to be noticed. */
export const seenAfterMs = 3000

/**
 * Marks an item seen once at least half of it (or half the viewport, for a tall one) has been in
 * view for `dwellMs` while the tab is visible. Pass enabled = isNew(id): items already seen set no
 * observer. Without IntersectionObserver nothing is marked automatically.
 */
export function useMarkSeenWhenVisible(
  ref: RefObject<Element | null>,
  scope: SeenScope,
  id: string,
  { enabled = true, dwellMs = seenAfterMs }: { enabled?: boolean; dwellMs?: number } = {},
): void {
  const { feedBaseUrl } = useRuntime()
  useEffect(() => {
    const element = ref.current
    if (!enabled || !element || typeof IntersectionObserver === 'undefined') return
    let inView = false
    let timer: ReturnType<typeof setTimeout> | undefined
    const check = () => {
      const run = inView && document.visibilityState === 'visible'
      if (run && timer === undefined) {
        timer = setTimeout(() => markSeen(feedBaseUrl, scope, [id]), dwellMs)
      } else if (!run && timer !== undefined) {
        clearTimeout(timer)
        timer = undefined
      }
    }
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const rootHeight = entry.rootBounds?.height ?? Infinity
          inView =
            entry.isIntersecting &&
            (entry.intersectionRatio >= 0.5 || entry.intersectionRect.height >= rootHeight * 0.5)
        }
        check()
      },
      { threshold: [0, 0.5, 1] },
    )
    observer.observe(element)
    document.addEventListener('visibilitychange', check)
    return () => {
      observer.disconnect()
      document.removeEventListener('visibilitychange', check)
      if (timer !== undefined) clearTimeout(timer)
    }
  }, [ref, enabled, feedBaseUrl, scope, id, dwellMs])
}

/**
 * Read only: which of `ids` are new (arrived since the scope's baseline and not seen), in their
 * order, or null when this browser has no baseline for the scope yet (a first visit: nothing can be
 * new). Unlike useSeenItems it takes no baseline and registers nothing, so a summary elsewhere on
 * the page can count what a panel marks.
 */
export function useUnseenIds(scope: SeenScope, ids: readonly string[] | undefined): readonly string[] | null {
  const { feedBaseUrl } = useRuntime()
  const state = useStoredJson(seenStorageKey(feedBaseUrl), parseSeen)
  return useMemo(() => {
    const sets = toSets(state)
    if (!ids || !sets.baselined.has(scope)) return null
    return newIdsOf(sets, scope, ids)
  }, [state, scope, ids])
}
