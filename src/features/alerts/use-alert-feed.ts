import { useQuery } from '@tanstack/react-query'
import {
  developmentsQueries,
  indexQueries,
  marketsQueries,
  quotesQueries,
  sessionsQueries,
} from '../../feed/queries'
import { useDeferredQuery } from '../../hooks/use-deferred-query'
import { useFeed } from '../../hooks/use-feed'

/** The feed's documents the alerts read: the long lists (developments, quotes) deferred. */
export function useAlertFeed() {
  const feed = useFeed()
  return {
    index: useQuery(indexQueries.detail(feed)),
    markets: useQuery(marketsQueries.list(feed)),
    sessions: useQuery(sessionsQueries.list(feed)),
    developments: useDeferredQuery(developmentsQueries.list(feed)),
    quotes: useDeferredQuery(quotesQueries.list(feed)),
  }
}
