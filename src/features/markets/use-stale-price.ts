import { useQuery } from '@tanstack/react-query'
import type { Instrument } from '../../feed/schemas/types'
import { marketsQueries } from '../../feed/queries'
import { useNow, useThisYear } from '../../hooks/clock-context'
import { useFeed } from '../../hooks/use-feed'
import { seriesTail, type SeriesTail } from './series-tail'
import { stalePrice, type Market, type StalePrice } from './stale-price'
import { useTalksEnd } from './use-talks-end'
import { figureMistake, type FigureMistake } from './figure-mistake'

/**
 * Whether a price that came at `lastAt` is out of date now (see stalePrice), on the page's clock
 * read once a minute, or at the moment replayed, and whether the talks ended before it (from the
 * documents loaded: see useTalksEnd); its day stated in `zone`, the display zone. Null while
 * nothing is known.
 */
export function useStalePrice(
  market: Market,
  last: Pick<SeriesTail, 'lastAt' | 'cadence'> | null | undefined,
  zone: string,
): StalePrice | null {
  const clock = useNow(60_000)
  const { asOf } = useFeed()
  const talksEnd = useTalksEnd()
  if (!last) return null
  return stalePrice(last.lastAt, asOf ?? clock, market, last.cadence, talksEnd, zone)
}

/** What the snapshot says about a figure beside the series some panel has loaded. */
export type PriceWarnings = {
  stale: StalePrice | null
  mistake: FigureMistake | null
}

/**
 * For an instrument whose series some panel has loaded (the markets panel on a dashboard), read
 * from the query cache (never asks for the series itself): whether its price is out of date (see
 * useStalePrice; warnings only: a series that ends after the talks did is a record, whose as-of
 * time says so) and whether the feed's figure is visibly wrong (figureMistake).
 * Live only: in replay the series' end is the moment replayed, whose price the snapshot gives.
 */
export function useCachedPriceWarnings(instrument: Instrument, zone: string): PriceWarnings {
  const feed = useFeed()
  const thisYear = useThisYear(zone)
  const clock = useNow(60_000)
  const tail = useQuery({
    ...marketsQueries.series(feed, instrument.id),
    select: seriesTail,
    enabled: false,
  }).data
  const live = feed.asOf === null ? tail : null
  const stale = useStalePrice(instrument, live, zone)
  return {
    stale: stale?.kind === 'ended' ? null : stale,
    mistake: feed.asOf === null ? figureMistake(instrument, tail, clock, zone, thisYear) : null,
  }
}
