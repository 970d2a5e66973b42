import { useDeferredValue, useMemo } from 'react'
import { useFeed } from '../../hooks/use-feed'
import { listedIds, type FeedListing } from './gone-from-feed'
import type { useAlertFeed } from './use-alert-feed'

/**
 * The ids of the feed's instruments, sessions, developments and quotes, each list once it is in
 * whole (`listedIds`). None in replay: a list cut to a past moment lacks what came later, which
 * is not gone from the feed.
 */
export function useFeedListing({
  markets,
  sessions,
  developments,
  quotes,
}: ReturnType<typeof useAlertFeed>): FeedListing {
  const live = useFeed().asOf === null
  // Developments and quotes reach the alerts a render late (`useAlertFeed`): so does leaving
  // replay for them, or the list still cut to the past moment would be taken for the live one.
  const liveLate = useDeferredValue(live)
  const instruments = useMemo(
    () => listedIds(markets.data, 'instruments', live),
    [markets.data, live],
  )
  const sessionIds = useMemo(
    () => listedIds(sessions.data, 'sessions', live),
    [sessions.data, live],
  )
  const developmentIds = useMemo(
    () => listedIds(developments.data, 'developments', liveLate),
    [developments.data, liveLate],
  )
  const quoteIds = useMemo(
    () => listedIds(quotes.data, 'quotes', liveLate),
    [quotes.data, liveLate],
  )
  return useMemo(
    () => ({
      instruments,
      sessions: sessionIds,
      developments: developmentIds,
      quotes: quoteIds,
    }),
    [instruments, sessionIds, developmentIds, quoteIds],
  )
}
