import { useQuery } from '@tanstack/react-query'
import { quotesQueries } from '../../feed/queries'
import { useFeed } from '../../hooks/use-feed'
import { RefreshFailedMark } from '../../components/refresh-failed-mark'

/**
 * The quote markers' mark when a refresh of the quotes failed and the markers on screen are from
 * an earlier answer. Renders again only when the error comes or goes: a quiet poll redraws nothing.
 */
export function QuotesRefreshFailedMark() {
  const quotes = useQuery({
    ...quotesQueries.list(useFeed()),
    notifyOnChangeProps: ['error'],
    retryOnMount: false,
  })
  if (!quotes.error || quotes.data === undefined) return null
  return <RefreshFailedMark error={quotes.error} lastSuccess={quotes.dataUpdatedAt} />
}
