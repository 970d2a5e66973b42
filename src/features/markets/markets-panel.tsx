import { useQuery } from '@tanstack/react-query'
import { marketsQueries } from '../../feed/queries'
import { useRuntime } from '../../hooks/runtime-context'
import { useDisplayZone } from '../../hooks/use-display-zone'
import { Panel } from '../../components/panel'
import { Skeleton } from '../../components/skeleton'
import { QueryError } from '../../components/query-error'
import { RefreshFailedMark } from '../../components/refresh-failed-mark'
import { DroppedRecordsNote } from '../../components/dropped-records-note'
import { formatDateTime } from '../../lib/format-time'
import { formatChangePercent, formatValue } from '../../lib/format-number'

export function MarketsPanel() {
  const { feedBaseUrl } = useRuntime()
  const [zone] = useDisplayZone()
  const markets = useQuery(marketsQueries.list(feedBaseUrl))

  const body = () => {
    if (markets.data) {
      return (
        <>
          {markets.error && <RefreshFailedMark error={markets.error} lastSuccess={markets.dataUpdatedAt} />}
          <DroppedRecordsNote problems={markets.data.problems} noun="instrument" />
          <table className="w-full text-sm">
            <caption className="sr-only">Market snapshot</caption>
            <thead>
              <tr className="text-left text-xs text-muted">
                <th scope="col">Instrument</th>
                <th scope="col">Last</th>
                <th scope="col">Change</th>
                <th scope="col">As of</th>
              </tr>
            </thead>
            <tbody>
              {markets.data.instruments.map((instrument) => (
                <tr key={instrument.id} className="border-t border-line">
                  <th scope="row" className="text-left font-medium">
                    {instrument.name}
                  </th>
                  <td>{formatValue(instrument)}</td>
                  <td>{formatChangePercent(instrument.changePercent)}</td>
                  <td className="text-xs text-muted">{formatDateTime(instrument.asOf, zone, instrument.asOfPrecision)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )
    }
    if (markets.error) return <QueryError what="the markets" error={markets.error} onRetry={() => void markets.refetch()} />
    return <Skeleton label="Loading the markets" rows={6} />
  }

  return (
    <Panel id="markets" title="Market reaction">
      {body()}
    </Panel>
  )
}
