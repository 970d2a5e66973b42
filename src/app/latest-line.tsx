import { useQuery } from '@tanstack/react-query'
import { developmentsQueries, indexQueries, quotesQueries } from '../feed/queries'
import { useFeed } from '../hooks/use-feed'
import { useDisplayZone } from '../hooks/use-display-zone'
import { formatDateTime } from '../lib/format-time'

/**
 * The newest development or quote, one line, with its time: what changed last. "Latest" only when
 * both lists loaded; with one missing it says which kind it is and that the other is unavailable.
 */
export function LatestLine() {
  const feed = useFeed()
  const [zone] = useDisplayZone()
  const index = useQuery(indexQueries.detail(feed))
  const quotes = useQuery(quotesQueries.list(feed))
  const developments = useQuery(developmentsQueries.list(feed))
  const people = new Map(index.data?.people.map((p) => [p.id, p.name]))
  const candidates = [
    ...(quotes.data?.quotes ?? []).map((q) => ({
      at: q.saidAt,
      precision: q.saidAtPrecision,
      text: `${people.get(q.personId) ?? q.personId}: “${q.text}”`,
    })),
    ...(developments.data?.developments ?? []).map((d) => ({ at: d.at, precision: d.atPrecision, text: d.title })),
  ]
  const latest = candidates.reduce<(typeof candidates)[number] | null>(
    (newest, item) => (newest === null || Date.parse(item.at) > Date.parse(newest.at) ? item : newest),
    null,
  )
  const quotesIn = quotes.data !== undefined
  const developmentsIn = developments.data !== undefined
  if (!quotesIn && !developmentsIn) {
    if (quotes.isError && developments.isError) return <p className="min-w-0 flex-1 truncate text-xs text-muted">Latest: quotes and developments unavailable</p>
    return null
  }
  const label = quotesIn && developmentsIn ? 'Latest' : quotesIn ? 'Latest quote' : 'Latest development'
  const missing = !quotesIn ? ' · quotes unavailable' : !developmentsIn ? ' · developments unavailable' : ''
  if (!latest) {
    return (
      <p className="min-w-0 flex-1 truncate text-xs text-muted">
        <span className="font-semibold text-ink">{label}</span> · nothing reported yet{missing}
      </p>
    )
  }
  return (
    <p className="min-w-0 flex-1 truncate text-xs text-muted" title={latest.text}>
      <span className="font-semibold text-ink">{label}</span> · {formatDateTime(latest.at, zone, latest.precision)} ·{' '}
      <span className="text-ink">{latest.text}</span>
      {missing && <span>{missing}</span>}
    </p>
  )
}
