import { useCallback, useState } from 'react'
import { readStoredJson } from '../lib/stored-json'
import { useRuntime } from './runtime-context'
import { knownIdsKey, readKnownIds } from './known-ids'
import { newIdsOf, parseSeen, seenStorageKey, toSets, type SeenScope } from './seen-store'
import { sameItems } from './use-stable-value'
import { useStoredSelection } from './use-stored-selection'

export const sameIdList = (
  a: readonly string[] | null | undefined,
  b: readonly string[] | null | undefined,
) => a === b || (!!a && !!b && sameItems(a, b))

/**
 * Read only: which of `ids` are new (arrived since the scope's baseline and not seen), in their
 * order, or null when this browser has no baseline for the scope yet (a first visit: nothing can be
 * new). Unlike useSeenItems it takes no baseline and registers nothing, so a summary elsewhere on
 * the page can count what a panel marks.
 */
export function useUnseenIds(
  scope: SeenScope,
  ids: readonly string[] | undefined,
): readonly string[] | null {
  const { feedBaseUrl } = useRuntime()
  return useStoredSelection(
    [seenStorageKey(feedBaseUrl), knownIdsKey(feedBaseUrl, scope)],
    useCallback(() => readNewIds(feedBaseUrl, scope, ids), [feedBaseUrl, scope, ids]),
    sameIdList,
  )
}

/**
 * Whether this browser had a baseline for the scope when the component mounted: false all through
 * a first visit, though the baseline is taken once the list is shown.
 */
export function useBaselinedAtMount(scope: SeenScope): boolean {
  const { feedBaseUrl } = useRuntime()
  const [baselined] = useState(
    () =>
      readKnownIds(feedBaseUrl, scope) !== null &&
      parseSeen(readStoredJson(seenStorageKey(feedBaseUrl))).baselined.includes(scope),
  )
  return baselined
}

/**
 * Which of `ids` are new now, by what is stored (see newIdsOf); null while none can be (no list,
 * or no baseline for the scope in this browser yet).
 */
export function readNewIds(
  feedBaseUrl: string,
  scope: string,
  ids: readonly string[] | undefined,
): string[] | null {
  const sets = toSets(parseSeen(readStoredJson(seenStorageKey(feedBaseUrl))))
  const known = readKnownIds(feedBaseUrl, scope)
  if (!ids || !known || !sets.baselined.has(scope)) return null
  return newIdsOf(sets, scope, ids, known)
}
