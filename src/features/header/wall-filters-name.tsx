import { useQuery } from '@tanstack/react-query'
import { indexQueries } from '../../feed/queries'
import { useFeed } from '../../hooks/use-feed'
import { formatDateTime } from '../../lib/format-time'
import type { WallFilters } from './share-links'

/**
 * The quote wall's filters kept in a link, in words: "search “tariffs” · side China · London round"
 * (ids while the feed loads, or when it does not list them).
 */
export function WallFiltersName({ filters, zone }: { filters: WallFilters; zone: string }) {
  const index = useQuery(indexQueries.detail(useFeed())).data
  const named = <T extends { id: string }>(list: readonly T[] | undefined, id: string) =>
    list?.find((item) => item.id === id)
  const parts: string[] = []
  if (filters.q) parts.push(`search “${filters.q}”`)
  if (filters.side) {
    const party = named(index?.parties, filters.side)
    parts.push(
      `side ${party ? (party.kind === 'observers' ? party.name : party.shortName) : filters.side}`,
    )
  }
  if (filters.speaker) parts.push(named(index?.people, filters.speaker)?.name ?? filters.speaker)
  if (filters.tone) parts.push(`tone ${filters.tone}`)
  if (filters.round)
    parts.push(named(index?.rounds, filters.round)?.name ?? `round ${filters.round}`)
  if (filters.from != null) parts.push(`from ${formatDateTime(filters.from, zone)}`)
  if (filters.to != null) parts.push(`to ${formatDateTime(filters.to, zone)}`)
  if (filters.sort === 'oldest') parts.push('oldest first')
  return <>{parts.join(' · ')}</>
}
