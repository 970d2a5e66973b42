import { useMemo } from 'react'
import type { BriefingNews } from '../features/briefing/briefing-types'
import { useBaselinedAtMount, useUnseenIds } from '../hooks/use-unseen-ids'
import { earliestByTime } from '../lib/sort-by-time'
import { newsOf } from './briefing-parts'

/**
 * What of one scope is new since the last visit, for the briefing: the count (or why there is
 * none to give) and the first new id by time, to link to. Only the new items are put in time
 * order: a long feed's tens of thousands are not sorted for the few among them.
 */
export function useBriefingNews<K extends string, T extends { id: string } & Record<K, string>>(
  scope: 'quote' | 'development',
  items: readonly T[] | undefined,
  /** The field of each item holding its ISO time. */
  timeKey: K,
  failed: boolean,
  replay: boolean,
  href: (id: string) => string,
): { news: BriefingNews; first: string | undefined } {
  const ids = useMemo(() => items?.map((item) => item.id), [items])
  const newIds = useUnseenIds(scope, replay ? undefined : ids)
  const baselined = useBaselinedAtMount(scope)
  const first = useMemo(
    () => (items && newIds ? earliestByTime(items, (item) => item[timeKey], newIds) : undefined),
    [items, timeKey, newIds],
  )
  return {
    news: newsOf(newIds, first, !baselined, ids !== undefined, failed, replay, href),
    first,
  }
}
