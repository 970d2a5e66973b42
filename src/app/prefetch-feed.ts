import type { QueryClient } from '@tanstack/react-query'
import {
  developmentsQueries,
  indexQueries,
  issuesQueries,
  marketsQueries,
  quotesQueries,
  sessionsQueries,
} from '../feed/queries'

/**
 * Asks for every document the dashboard shows as soon as the feed is known, before the dashboard
 * has rendered (the panels would ask once mounted, a render later), and for each instrument's series
 * as soon as markets.json has named them (the panels would ask once drawn). The panels' queries
 * then adopt these requests: same keys, one request each.
 */
export function prefetchDashboard(client: QueryClient, baseUrl: string) {
  void client.prefetchQuery(indexQueries.detail(baseUrl))
  void client.prefetchQuery(sessionsQueries.list(baseUrl))
  void client.prefetchQuery(developmentsQueries.list(baseUrl))
  void client.prefetchQuery(quotesQueries.list(baseUrl))
  void client.prefetchQuery(issuesQueries.list(baseUrl))
  client
    .fetchQuery(marketsQueries.list(baseUrl))
    .then(({ instruments }) => {
      for (const { id } of instruments)
        void client.prefetchQuery(marketsQueries.series(baseUrl, id))
    })
    .catch(() => undefined) // the markets panel shows the failure when it asks
}
