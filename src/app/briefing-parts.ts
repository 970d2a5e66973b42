import type { BriefingNews, Loadable } from '../features/briefing/briefing-types'
import { noneReadableText } from '../feed/unreadable-records'

const loading = { state: 'loading' } as const

/**
 * A part of the briefing from its query: ready, loading, or unavailable with the reason. With
 * `noneReadable` (its list came out empty only because no record could be read), unavailable too.
 */
export function loadable<T>(
  query: { data: unknown; error: Error | null },
  value: () => T,
  what: string,
  noneReadable = false,
): Loadable<T> {
  if (query.data !== undefined && noneReadable)
    return { state: 'unavailable', reason: noneReadableText(what) }
  if (query.data !== undefined) return { state: 'ready', value: value() }
  if (query.error)
    return {
      state: 'unavailable',
      reason: `The ${what} could not be loaded: ${query.error.message}`,
    }
  return loading
}

/**
 * What is new since the last look, or why that cannot be said (replay, first visit, not loaded,
 * refresh failed). A first visit stays one until something arrives: no "0 new" once its baseline
 * is taken.
 */
export function newsOf(
  ids: readonly string[] | null,
  /** The first of `ids` by time. */
  first: string | undefined,
  firstVisit: boolean,
  loaded: boolean,
  failed: boolean,
  replay: boolean,
  href: (id: string) => string,
): BriefingNews {
  if (replay) return { state: 'replay' }
  if (!loaded) return failed ? { state: 'unavailable' } : { state: 'loading' }
  if (ids === null || (firstVisit && ids.length === 0)) return { state: 'first-visit' }
  // A list whose refresh failed may hold news it could not fetch: never "0 new" of it. What it
  // did count stays (at least that many are new).
  if (failed && ids.length === 0) return { state: 'unavailable' }
  return { state: 'ready', count: ids.length, href: first ? href(first) : null }
}
