import { useQuery } from '@tanstack/react-query'
import type { Instrument } from '../../feed/schemas/types'
import { marketsQueries } from '../../feed/queries'
import { useNow } from '../../hooks/clock-context'
import { useFeed } from '../../hooks/use-feed'
import { seriesTail, type SeriesTail } from './series-tail'
import { stalePrice, type Market, type StalePrice } from './stale-price'
import { useTalksEnd } from './use-talks-end'

/**
 * Whether a price that came at `lastAt` is out of date now (see stalePrice), on the page's clock
 * read once a minute, or at the moment replayed, and whether the talks ended before it (from the
 * documents loaded: see useTalksEnd). Null while nothing is known.
 */
export function useStalePrice(
  market: Market,
  last: SeriesTail | null | undefined,
): StalePrice | null {
  const clock = useNow(60_000)
  const { asOf } = useFeed()
  const talksEnd = useTalksEnd()
  if (!last) return null
  return stalePrice(last.lastAt, asOf ?? clock, market, last.cadence, talksEnd)
}

/**
 * useStalePrice for an instrument whose series some panel has loaded (the markets panel on a
 * dashboard), read from the query cache: never asks for the series itself. Warnings only: a series
 * that ends after the talks did is a record, whose as-of time says so. Live only: in replay the
 * series' end is the moment replayed, whose price the snapshot gives.
 */
export function useCachedStalePrice(instrument: Instrument): StalePrice | null {
  const feed = useFeed()
  const tail = useQuery({
    ...marketsQueries.series(feed, instrument.id),
    select: seriesTail,
    enabled: false,
  }).data
  const stale = useStalePrice(instrument, feed.asOf === null ? tail : null)
  return stale?.kind === 'ended' ? null : stale
}
