import { useCallback, useMemo, useSyncExternalStore } from 'react'
import { readStoredRaw, subscribeStored } from '../lib/stored-json'
import { useStableValue } from './use-stable-value'

/**
 * A value computed from stored keys (`select` reads them), in a component that renders again only
 * when the value changes by `equal`, not whenever a key's text does: a write that changes nothing
 * the component shows (a first visit's baseline) costs it no render. Pass a `select` that changes
 * only with its inputs (useCallback).
 */
export function useStoredSelection<T>(
  keys: readonly string[],
  select: () => T,
  equal: (a: T, b: T) => boolean,
): T {
  const keysId = keys.join('\n')
  const subscribe = useCallback(
    (listener: () => void) => {
      const unsubscribes = keysId.split('\n').map((key) => subscribeStored(key, listener))
      return () => unsubscribes.forEach((unsubscribe) => unsubscribe())
    },
    [keysId],
  )
  const getSnapshot = useMemo(
    () => keptSelection(keysId.split('\n'), select, equal),
    [keysId, select, equal],
  )
  return useStableValue(useSyncExternalStore(subscribe, getSnapshot, getSnapshot), equal)
}

/** `select`'s value, computed again only when a key's text changes, and kept while `equal`. */
function keptSelection<T>(
  keys: readonly string[],
  select: () => T,
  equal: (a: T, b: T) => boolean,
): () => T {
  let kept: { raws: (string | null)[]; value: T } | null = null
  return () => {
    const raws = keys.map(readStoredRaw)
    if (kept && raws.every((raw, i) => raw === kept!.raws[i])) return kept.value
    const value = select()
    kept = { raws, value: kept && equal(kept.value, value) ? kept.value : value }
    return kept.value
  }
}
