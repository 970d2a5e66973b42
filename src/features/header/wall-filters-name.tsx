import { useQuery } from '@tanstack/react-query'
import { indexQueries } from '../../feed/queries'
import { filterLabels } from '../../feed/filter-labels'
import { useFeed } from '../../hooks/use-feed'
import type { WallFilters } from './share-links'

/**
 * The quote wall's filters kept in a link, in the words of the wall's own chips: "Search: “tariffs”
 * · Side: China · Round: London round" (ids while the feed loads, or when it does not list them).
 */
export function WallFiltersName({ filters, zone }: { filters: WallFilters; zone: string }) {
  const index = useQuery(indexQueries.detail(useFeed())).data
  const labels = filterLabels(
    filters,
    {
      parties: index?.parties ?? [],
      people: index?.people ?? [],
      topics: index?.topics ?? [],
      sessions: [],
      rounds: index?.rounds ?? [],
    },
    zone,
  ).map((l) => l.label)
  return <>{[...(filters.q ? [`Search: “${filters.q}”`] : []), ...labels].join(' · ')}</>
}
