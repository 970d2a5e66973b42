import type { QueryClient, QueryFunction, QueryKey } from '@tanstack/react-query'
import {
  developmentsQueries,
  indexQueries,
  issuesQueries,
  marketsQueries,
  quotesQueries,
  sessionsQueries,
} from '../feed/queries'
import type { FirstAnswersGate } from './first-answers-gate'

type Fetchable = { queryKey: QueryKey; queryFn?: unknown }

/**
 * Asks for every document the dashboard shows as soon as the feed is known, before the dashboard
 * has rendered (the panels would ask once mounted, a render later), and for each instrument's series
 * as soon as markets.json has named them (the panels would ask once drawn). The panels' queries
 * then adopt these requests: same keys, one request each. Each answer is stored when `gate` lets
 * it. Resolves once the documents (not the series) have come or failed.
 */
export function prefetchDashboard(
  client: QueryClient,
  baseUrl: string,
  gate: FirstAnswersGate,
): Promise<void> {
  const held = <T extends Fetchable>(options: T, onAnswer?: (data: unknown) => void): T => {
    const queryFn = options.queryFn as QueryFunction
    return {
      ...options,
      queryFn: (context: Parameters<QueryFunction>[0]) => {
        const answer = Promise.resolve(queryFn(context))
        if (onAnswer) answer.then(onAnswer).catch(() => undefined)
        return gate.hold(answer)
      },
    }
  }
  const askForSeries = (data: unknown) => {
    for (const { id } of (data as { instruments: { id: string }[] }).instruments)
      void client.prefetchQuery(held(marketsQueries.series(baseUrl, id)))
  }
  // prefetchQuery never rejects: a failure is shown by the panel that asks.
  return Promise.all([
    client.prefetchQuery(held(indexQueries.detail(baseUrl))),
    client.prefetchQuery(held(sessionsQueries.list(baseUrl))),
    client.prefetchQuery(held(developmentsQueries.list(baseUrl))),
    client.prefetchQuery(held(quotesQueries.list(baseUrl))),
    client.prefetchQuery(held(issuesQueries.list(baseUrl))),
    client.prefetchQuery(held(marketsQueries.list(baseUrl), askForSeries)),
  ]).then(() => undefined)
}
