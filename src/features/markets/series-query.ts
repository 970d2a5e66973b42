import { queryOptions, replaceEqualDeep, type QueryObserverResult } from '@tanstack/react-query'
import { marketsQueries, type FeedRef } from '../../feed/queries'
import type { SeriesResult } from '../../feed/feed-resources'
import type { FeedProblem } from '../../feed/parse'
import type { Series } from '../../feed/schemas/types'
import { prepareSeries, type PreparedSeries } from './series-view'
import { byReference } from '../../lib/compared-by-reference'

type Cut = (data: SeriesResult) => SeriesResult

/** A series as the panel uses it: prepared for drawing, and the (cut) feed series it came from. */
export type SeriesView = { raw: Series; prepared: PreparedSeries; problems: FeedProblem[] }

// The raw series is the answer's own (the same object until a new answer) or a cut compared by
// reference (marketsQueries.series); the prepared one is compared by reference too.
const view = (data: SeriesResult): SeriesView => ({
  raw: data.series,
  prepared: byReference(prepareSeries(data.series)),
  problems: data.problems,
})

/**
 * One view per answer or cut (the cut gives the same object back while it holds the same points):
 * the markets panel and the snapshot observe the same series and each runs the select, and a replay
 * step that brings no new price gives every chart the view it already drew.
 */
const views = new WeakMap<SeriesResult, SeriesView>()
function viewOf(data: SeriesResult): SeriesView {
  let result = views.get(data)
  if (!result) {
    result = view(data)
    views.set(data, result)
  }
  return result
}

const composed = new WeakMap<Cut, (data: SeriesResult) => SeriesView>()

/** The factory's as-of cut, then the view: one stable function per cut (per instrument and moment). */
function selectAfter(cut: Cut | undefined): (data: SeriesResult) => SeriesView {
  if (!cut) return viewOf
  let select = composed.get(cut)
  if (!select) {
    select = (data: SeriesResult) => viewOf(cut(data))
    composed.set(cut, select)
  }
  return select
}

/**
 * The feed's answer is shared structurally as usual (a refresh that brings the same series changes
 * nothing); a prepared series is not compared with the last one: it is new only for a new answer or
 * a new cut, and comparing 70,000 points of a tick series at each replay step took longer than
 * preparing them.
 */
function shareAnswersOnly(previous: unknown, next: unknown): unknown {
  const prepared = typeof next === 'object' && next !== null && 'prepared' in next
  return prepared ? next : replaceEqualDeep(previous, next)
}

export function preparedSeriesOptions(feed: FeedRef, instrumentId: string) {
  const base = marketsQueries.series(feed, instrumentId)
  return queryOptions({
    ...base,
    select: selectAfter(base.select),
    structuralSharing: shareAnswersOnly,
  })
}

/**
 * What a card needs of its series query. `dataUpdatedAt` is carried only while an error is shown
 * (the "refresh failed, last success at" mark): a refresh that brings the same data changes nothing.
 */
export type SeriesState = {
  data: PreparedSeries | undefined
  raw: Series | undefined
  /** Points the feed sent that are not drawn (unreadable, or dated far from the others). */
  problems: FeedProblem[]
  error: Error | null
  dataUpdatedAt: number
  refetch: () => unknown
}

const noProblems: FeedProblem[] = []

/**
 * useQueries `combine` (module-level, so stable): React Query shares the combined result
 * structurally, and re-renders the panel only when it changes.
 */
export function combineSeries(results: readonly QueryObserverResult<SeriesView>[]): SeriesState[] {
  return results.map((r) => ({
    data: r.data?.prepared,
    raw: r.data?.raw,
    problems: r.data?.problems ?? noProblems,
    error: r.error,
    dataUpdatedAt: r.error ? r.dataUpdatedAt : 0,
    refetch: r.refetch,
  }))
}

/**
 * Only the queries being retried after a failure, with what went wrong, for the retry mark: stable
 * while nothing retries.
 */
export function combineRetrying(results: readonly QueryObserverResult<unknown>[]) {
  return results
    .filter((r) => r.fetchStatus === 'fetching' && r.failureCount > 0 && !r.isError)
    .map((r) => ({
      failureCount: r.failureCount,
      fetchStatus: r.fetchStatus,
      isError: r.isError,
      failureReason: r.failureReason,
    }))
}
