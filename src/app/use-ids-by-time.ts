import { useMemo } from 'react'
import { sortByTime } from '../lib/sort-by-time'

/** The items' ids in time order (by the ISO time in `key`), made again only when the list changes. */
export function useIdsByTime<K extends string, T extends { id: string } & Record<K, string>>(
  items: readonly T[] | undefined,
  key: K,
): string[] | undefined {
  return useMemo(
    () => (items ? sortByTime(items, (item) => item[key]).map((item) => item.id) : undefined),
    [items, key],
  )
}
