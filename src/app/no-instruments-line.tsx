import { useQuery } from '@tanstack/react-query'
import { marketsQueries } from '../feed/queries'
import { useFeed } from '../hooks/use-feed'
import { regionTitles } from '../hooks/desk-layout'
import { formatViewerClock } from '../lib/format-time'
import { describeError } from '../components/query-error'

/**
 * The markets of a feed that lists no instruments, in one line in place of their region (and of the
 * snapshot band): still a region named "Market reaction", whose heading the m key and a #markets
 * link reach, saying so. A later refresh that failed is said beside it.
 */
export function NoInstrumentsLine({ text }: { text: string }) {
  const feed = useFeed()
  const markets = useQuery(marketsQueries.list(feed))
  return (
    <section
      id="markets"
      aria-labelledby="markets-heading"
      className="flex min-w-0 flex-wrap items-baseline gap-x-3 rounded-lg border border-line bg-surface px-3 py-1"
    >
      <h2
        id="markets-heading"
        tabIndex={-1}
        className="text-sm font-semibold tracking-wide text-muted uppercase"
      >
        {regionTitles.markets}
      </h2>
      <p className="text-sm text-muted">{text}</p>
      {markets.error && (
        <p role="status" className="text-xs">
          <span aria-hidden="true">⚠ </span>Refresh failed; the list as of{' '}
          {formatViewerClock(markets.dataUpdatedAt)}. {describeError(markets.error)}
        </p>
      )}
    </section>
  )
}
