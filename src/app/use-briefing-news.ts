import type { BriefingNews } from '../features/briefing/briefing-types'
import { useBaselinedAtMount, useUnseenIds } from '../hooks/use-unseen-ids'
import { newsOf } from './briefing-parts'

/**
 * What of one scope is new since the last visit, for the briefing: the count (or why there is
 * none to give) and the first new id, to link to.
 */
export function useBriefingNews(
  scope: 'quote' | 'development',
  ids: readonly string[] | undefined,
  failed: boolean,
  replay: boolean,
  href: (id: string) => string,
): { news: BriefingNews; first: string | undefined } {
  const newIds = useUnseenIds(scope, replay ? undefined : ids)
  const baselined = useBaselinedAtMount(scope)
  return {
    news: newsOf(newIds, !baselined, ids !== undefined, failed, replay, href),
    first: newIds?.[0],
  }
}
