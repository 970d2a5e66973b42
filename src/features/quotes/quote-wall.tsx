import { useQuery } from '@tanstack/react-query'
import { indexQueries, quotesQueries } from '../../feed/queries'
import { useRuntime } from '../../hooks/runtime-context'
import { useDisplayZone } from '../../hooks/use-display-zone'
import { Panel } from '../../components/panel'
import { Skeleton } from '../../components/skeleton'
import { QueryError } from '../../components/query-error'
import { RefreshFailedMark } from '../../components/refresh-failed-mark'
import { DroppedRecordsNote } from '../../components/dropped-records-note'
import { formatDateTime } from '../../lib/format-time'

export function QuoteWall() {
  const { feedBaseUrl } = useRuntime()
  const [zone] = useDisplayZone()
  const index = useQuery(indexQueries.detail(feedBaseUrl))
  const quotes = useQuery(quotesQueries.list(feedBaseUrl))

  const body = () => {
    if (quotes.data) {
      const people = new Map(index.data?.people.map((p) => [p.id, p]))
      const ordered = [...quotes.data.quotes].sort((a, b) => Date.parse(b.saidAt) - Date.parse(a.saidAt))
      return (
        <>
          {quotes.error && <RefreshFailedMark error={quotes.error} lastSuccess={quotes.dataUpdatedAt} />}
          <DroppedRecordsNote problems={quotes.data.problems} noun="quote" />
          <ul aria-label="Quotes" className="space-y-2">
            {ordered.map((quote) => {
              const person = people.get(quote.personId)
              return (
                <li key={quote.id} className="rounded border border-line p-2">
                  <blockquote className="text-base">“{quote.text}”</blockquote>
                  <p className="text-xs text-muted">
                    {person ? `${person.name}, ${person.role}` : quote.personId} · {quote.setting} ·{' '}
                    {formatDateTime(quote.saidAt, zone, quote.saidAtPrecision)} · {quote.tone}
                  </p>
                </li>
              )
            })}
          </ul>
        </>
      )
    }
    if (quotes.error) return <QueryError what="the quotes" error={quotes.error} onRetry={() => void quotes.refetch()} />
    return <Skeleton label="Loading the quotes" rows={8} />
  }

  return (
    <Panel id="quotes" title="Quote wall">
      {body()}
    </Panel>
  )
}
