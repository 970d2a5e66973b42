import { useQuery } from '@tanstack/react-query'
import { marketsQueries } from '../feed/queries'
import { noInstrumentsText, noneReadable } from '../feed/unreadable-records'
import { useFeed } from '../hooks/use-feed'

type Markets = Parameters<typeof noInstrumentsText>[0]

/** What the markets say when the feed lists none; null while there are some or it may list some. */
const noneListed = (markets: Markets): string | null =>
  markets.instruments.length === 0 && !noneReadable(markets, 'instruments')
    ? noInstrumentsText(markets)
    : null

/**
 * "The feed lists no market instruments." once markets.json has loaded and lists none (a
 * negotiation-only desk): the page then gives the markets a line, not a region and a band. Null
 * while it loads, when it failed, when none of its records could be read (the feed has
 * instruments), and when it lists some: the page keeps its room for them. Not asked for where
 * not `enabled`.
 */
export function useNoInstruments({ enabled = true } = {}): string | null {
  const feed = useFeed()
  return useQuery({ ...marketsQueries.list(feed), select: noneListed, enabled }).data ?? null
}
