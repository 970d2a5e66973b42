import { useCallback, useDeferredValue, useEffect, useMemo, useSyncExternalStore } from 'react'
import { afterNextPaint } from '../lib/after-next-paint'
import { whenIdle } from '../lib/when-idle'
import { readStoredJson, useStoredJson } from '../lib/stored-json'
import { useRuntime } from './runtime-context'
import { useStableValue } from './use-stable-value'
import { isKnown, knownIdsKey, readKnownIds, writeKnownIds } from './known-ids'
import { useStoredSelection } from './use-stored-selection'
import { readNewIds, sameIdList } from './use-unseen-ids'
import {
  addFresh,
  baseline,
  current,
  emptyCurrent,
  markAllSeen,
  markSeen,
  newIdsOf,
  parseSeen,
  scoped,
  seenStorageKey,
  setCurrent,
  subscribeCurrent,
  toSets,
  update,
  waitingLists,
  type SeenScope,
} from './seen-store'

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>) =>
  a.size === b.size && [...a].every((id) => b.has(id))

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
  // Callers may build a new array every render: depend on its content, not its identity.
  const list = useStableValue(ids, sameIdList)

  useEffect(() => {
    if (!list) return
    // Once the list is on screen and the page is idle: hashing and storing 10,000 ids is not part
    // of showing them, nor may it hold up the first keystroke. A page hidden (closed, reloaded)
    // before then, or marking items seen, takes the list in at once.
    let pending = true
    let cancelIdle = () => {}
    const waiting = { feedBaseUrl, scope, take: () => take() }
    const take = () => {
      if (!pending) return
      pending = false
      cancelIdle()
      waitingLists.delete(waiting)
      takeInList(feedBaseUrl, scope, list)
    }
    waitingLists.add(waiting)
    const takeIfHidden = () => {
      if (document.visibilityState === 'hidden') take()
    }
    void afterNextPaint().then(() => {
      if (pending) cancelIdle = whenIdle(take, { timeoutMs: 2_000 })
    })
    document.addEventListener('visibilitychange', takeIfHidden)
    window.addEventListener('pagehide', take)
    return () => {
      pending = false
      cancelIdle()
      waitingLists.delete(waiting)
      document.removeEventListener('visibilitychange', takeIfHidden)
      window.removeEventListener('pagehide', take)
      setCurrent(feedBaseUrl, scope, null)
    }
  }, [feedBaseUrl, scope, list])

  const newIds = useStoredSelection(
    [seenStorageKey(feedBaseUrl), knownIdsKey(feedBaseUrl, scope)],
    useCallback(
      () => new Set(readNewIds(feedBaseUrl, scope, list) ?? []),
      [feedBaseUrl, scope, list],
    ),
    sameSet,
  )
  const markSeenHere = useCallback(
    (list: readonly string[]) => markSeen(feedBaseUrl, scope, list),
    [feedBaseUrl, scope],
  )
  const markAllHere = useCallback(
    () => markSeen(feedBaseUrl, scope, [...newIds]),
    [feedBaseUrl, scope, newIds],
  )
  const isNew = useCallback((id: string) => newIds.has(id), [newIds])
  return { newIds, isNew, count: newIds.size, markSeen: markSeenHere, markAllSeen: markAllHere }
}

/** Registers the scope's list, and stores it: as the baseline on a first visit, with its arrivals after. */
function takeInList(feedBaseUrl: string, scope: SeenScope, list: readonly string[]) {
  setCurrent(feedBaseUrl, scope, list)
  const known = readKnownIds(feedBaseUrl, scope)
  const stored = parseSeen(readStoredJson(seenStorageKey(feedBaseUrl)))
  if (known === null || !stored.baselined.includes(scope)) {
    // A first visit (or storage lost): this list is the baseline.
    writeKnownIds(feedBaseUrl, scope, list)
    update(feedBaseUrl, (s) => baseline(s, scope))
    return
  }
  const arrived = list.filter((id) => !isKnown(known, id))
  if (arrived.length > 0 || known.size !== list.length) writeKnownIds(feedBaseUrl, scope, list)
  if (arrived.length > 0)
    update(feedBaseUrl, (s) =>
      addFresh(
        s,
        arrived.map((id) => scoped(scope, id)),
      ),
    )
}

/**
 * How many items are new across every mounted useSeenItems of this feed (for the tab title).
 * A scope whose panel is not on the page (a single-panel view) is not counted.
 */
export function useNewItemsCount(): number {
  const { feedBaseUrl } = useRuntime()
  const state = useStoredJson(seenStorageKey(feedBaseUrl), parseSeen)
  // A render behind the panels that show the items: counting a long feed's ids waits its turn.
  const shown = useDeferredValue(
    useSyncExternalStore(
      subscribeCurrent,
      () => current.get(feedBaseUrl) ?? emptyCurrent,
      () => emptyCurrent,
    ),
  )
  return useMemo(() => {
    const sets = toSets(state)
    let count = 0
    for (const [scope, ids] of shown)
      count += newIdsOf(sets, scope, ids, readKnownIds(feedBaseUrl, scope)).length
    return count
  }, [state, shown, feedBaseUrl])
}

/** markAllSeen bound to the page's feed (a "Mark all seen" button in the header). */
export function useMarkAllSeen(): () => void {
  const { feedBaseUrl } = useRuntime()
  return useCallback(() => markAllSeen(feedBaseUrl), [feedBaseUrl])
}
