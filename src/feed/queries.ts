import { queryOptions } from '@tanstack/react-query'
import { getCollection, getFeedIndex, getSeries } from './feed-resources'

/** Query keys go from generic to specific: ['feed', baseUrl, resource, ...]. */
export const indexQueries = {
  detail: (baseUrl: string) =>
    queryOptions({
      queryKey: ['feed', baseUrl, 'index'] as const,
      queryFn: ({ signal }) => getFeedIndex(baseUrl, signal),
    }),
}

export const sessionsQueries = {
  list: (baseUrl: string) =>
    queryOptions({
      queryKey: ['feed', baseUrl, 'sessions'] as const,
      queryFn: ({ signal }) => getCollection(baseUrl, 'sessions', signal),
    }),
}

export const developmentsQueries = {
  list: (baseUrl: string) =>
    queryOptions({
      queryKey: ['feed', baseUrl, 'developments'] as const,
      queryFn: ({ signal }) => getCollection(baseUrl, 'developments', signal),
    }),
}

export const quotesQueries = {
  list: (baseUrl: string) =>
    queryOptions({
      queryKey: ['feed', baseUrl, 'quotes'] as const,
      queryFn: ({ signal }) => getCollection(baseUrl, 'quotes', signal),
    }),
}

export const issuesQueries = {
  list: (baseUrl: string) =>
    queryOptions({
      queryKey: ['feed', baseUrl, 'issues'] as const,
      queryFn: ({ signal }) => getCollection(baseUrl, 'issues', signal),
    }),
}

export const marketsQueries = {
  list: (baseUrl: string) =>
    queryOptions({
      queryKey: ['feed', baseUrl, 'markets'] as const,
      queryFn: ({ signal }) => getCollection(baseUrl, 'markets', signal),
    }),
  series: (baseUrl: string, instrumentId: string) =>
    queryOptions({
      queryKey: ['feed', baseUrl, 'series', instrumentId] as const,
      queryFn: ({ signal }) => getSeries(baseUrl, instrumentId, signal),
    }),
}
