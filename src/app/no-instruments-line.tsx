import { useQuery } from '@tanstack/react-query'
import { marketsQueries } from '../feed/queries'
import { useFeed } from '../hooks/use-feed'
import { regionTitles } from '../hooks/desk-layout'
import { cachedTime } from '../lib/cached-time'
import { useDisplayZone } from '../hooks/use-display-zone'
import { describeError } from '../components/query-error'

/**
 * The markets of a feed that lists no instruments, in one line in place of their region (and of the
 * snapshot band): still a region named "Market reaction", whose heading the m key and a #markets
 * link reach, saying so. A later refresh that failed is said beside it. `wall`: the markets alone
 * on a wall screen (?kiosk&view=markets), said large in the middle of the room, to be read across a
 * room rather than taken for a blank screen.
 */
export function NoInstrumentsLine({ text, wall = false }: { text: string; wall?: boolean }) {
  const feed = useFeed()
  const markets = useQuery(marketsQueries.list(feed))
  const [zone] = useDisplayZone()
  return (
    <section
      id="markets"
      aria-labelledby="markets-heading"
      className={
        wall
          ? 'flex h-full min-w-0 flex-col items-center justify-center gap-3 rounded-lg border border-line bg-surface p-6 text-center'
          : 'flex min-w-0 flex-wrap items-baseline gap-x-3 rounded-lg border border-line bg-surface px-3 py-1'
      }
    >
      <h2
        id="markets-heading"
        tabIndex={-1}
        className={`${wall ? 'text-xl' : 'text-sm'} font-semibold tracking-wide text-muted uppercase`}
      >
        {regionTitles.markets}
      </h2>
      <p className={wall ? 'text-3xl text-ink' : 'text-sm text-muted'}>{text}</p>
      {markets.error && (
        <p role="status" className="text-xs">
          <span aria-hidden="true">⚠ </span>Refresh failed; the list as of{' '}
          {cachedTime(markets.dataUpdatedAt, markets.errorUpdatedAt, zone, true)}.{' '}
          {describeError(markets.error)}
        </p>
      )}
    </section>
  )
}
