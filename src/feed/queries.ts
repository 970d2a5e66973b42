import { byReference } from '../lib/compared-by-reference'
import { queryOptions } from '@tanstack/react-query'
import { getCollection, getFeedIndex, getSeries, type SeriesResult } from './feed-resources'
import {
  developmentsAsOf,
  indexAsOf,
  quotesAsOf,
  seriesAsOf,
  sessionsKnownAt,
  type HeldBack,
} from './as-of'

/**
 * Which feed, and which moment of it: `asOf` (ms) shows what was known then (replay), null is
 * live. A plain string is the base URL, live.
 */
export type FeedRef = { baseUrl: string; asOf: number | null } | string

function resolve(feed: FeedRef) {
  return typeof feed === 'string' ? { baseUrl: feed, asOf: null } : feed
}

/**
 * The as-of cut is a `select` over the cached live data (replay never refetches), one stable
 * function per resource and moment so React Query reuses its result.
 */
function cutAt<T>(cut: (data: T, t: number) => T) {
  let last: { t: number; select: (data: T) => T } | null = null
  return (t: number | null) => {
    if (t === null) return undefined
    if (last?.t !== t) last = { t, select: (data: T) => cut(data, t) }
    return last.select
  }
}

type Index = Awaited<ReturnType<typeof getFeedIndex>>
type Sessions = Awaited<ReturnType<typeof getCollection<'sessions'>>>
type Developments = Awaited<ReturnType<typeof getCollection<'developments'>>>
type Quotes = Awaited<ReturnType<typeof getCollection<'quotes'>>>

const indexAt = cutAt<Index & HeldBack>((index, t) => indexAsOf(index, t))
const sessionsAt = cutAt<Sessions & HeldBack>((data, t) => {
  const sessions = sessionsKnownAt(data.sessions, t)
  return { ...data, sessions, heldBack: data.sessions.length - sessions.length }
})
const developmentsAt = cutAt<Developments>((data, t) => ({
  ...data,
  developments: developmentsAsOf(data.developments, t),
}))
const quotesAt = cutAt<Quotes>((data, t) => ({ ...data, quotes: quotesAsOf(data.quotes, t) }))
const seriesAt = new Map<string, ReturnType<typeof cutAt<SeriesResult>>>()
function seriesCut(instrumentId: string) {
  let cut = seriesAt.get(instrumentId)
  if (!cut) {
    // The last cut of each answer: a moment that keeps the same points gives it back, the same
    // object, so what was drawn from it is not drawn again.
    const lastCuts = new WeakMap<SeriesResult, SeriesResult>()
    cut = cutAt<SeriesResult>((data, t) => {
      const series = seriesAsOf(data.series, t)
      if (series === data.series) return data
      const last = lastCuts.get(data)
      if (last && last.series.points.length === series.points.length) return last
      // A new cut is a new series: compared by reference, not point by point (byReference).
      const result = { ...data, series: byReference(series) }
      lastCuts.set(data, result)
      return result
    })
    seriesAt.set(instrumentId, cut)
  }
  return cut
}

/** Query keys go from generic to specific: ['feed', baseUrl, resource, ...]. */
export const indexQueries = {
  detail: (feed: FeedRef) => {
    const { baseUrl, asOf } = resolve(feed)
    return queryOptions({
      queryKey: ['feed', baseUrl, 'index'] as const,
      queryFn: ({ signal }) => getFeedIndex(baseUrl, signal),
      select: indexAt(asOf),
    })
  },
}

export const sessionsQueries = {
  list: (feed: FeedRef) => {
    const { baseUrl, asOf } = resolve(feed)
    return queryOptions({
      queryKey: ['feed', baseUrl, 'sessions'] as const,
      queryFn: ({ signal }) => getCollection(baseUrl, 'sessions', signal),
      select: sessionsAt(asOf),
    })
  },
}

export const developmentsQueries = {
  list: (feed: FeedRef) => {
    const { baseUrl, asOf } = resolve(feed)
    return queryOptions({
      queryKey: ['feed', baseUrl, 'developments'] as const,
      queryFn: ({ signal }) => getCollection(baseUrl, 'developments', signal),
      select: developmentsAt(asOf),
    })
  },
}

export const quotesQueries = {
  list: (feed: FeedRef) => {
    const { baseUrl, asOf } = resolve(feed)
    return queryOptions({
      queryKey: ['feed', baseUrl, 'quotes'] as const,
      queryFn: ({ signal }) => getCollection(baseUrl, 'quotes', signal),
      select: quotesAt(asOf),
    })
  },
}

export const issuesQueries = {
  list: (feed: FeedRef) => {
    const { baseUrl } = resolve(feed)
    return queryOptions({
      queryKey: ['feed', baseUrl, 'issues'] as const,
      queryFn: ({ signal }) => getCollection(baseUrl, 'issues', signal),
    })
  },
}

/** Instruments are not cut here: their figures as of a moment come from the series (markets panel). */
export const marketsQueries = {
  list: (feed: FeedRef) => {
    const { baseUrl } = resolve(feed)
    return queryOptions({
      queryKey: ['feed', baseUrl, 'markets'] as const,
      queryFn: ({ signal }) => getCollection(baseUrl, 'markets', signal),
    })
  },
  series: (feed: FeedRef, instrumentId: string) => {
    const { baseUrl, asOf } = resolve(feed)
    return queryOptions({
      queryKey: ['feed', baseUrl, 'series', instrumentId] as const,
      queryFn: ({ signal }) => getSeries(baseUrl, instrumentId, signal),
      select: seriesCut(instrumentId)(asOf),
    })
  },
}
