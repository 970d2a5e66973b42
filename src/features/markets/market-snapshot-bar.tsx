import { useMemo } from 'react'
import { useQuery } from '@tanstack/react-query'
import { marketsQueries } from '../../feed/queries'
import type { Instrument } from '../../feed/schemas/types'
import { useFeed } from '../../hooks/use-feed'
import { useDisplayZone } from '../../hooks/use-display-zone'
import { useSnapshotSeries } from './use-snapshot-series'
import { snapshotAt } from './snapshot-at'
import { SnapshotBand } from './snapshot-band'

const noInstruments: readonly Instrument[] = []

/**
 * The snapshot alone, small, for the band across the top of the page: always in view. It
 * shares the markets panel's queries (same keys), so it costs no extra request.
 */
export function MarketSnapshotBar() {
  const { baseUrl, asOf } = useFeed()
  const feed = useMemo(() => ({ baseUrl, asOf }), [baseUrl, asOf])
  const [zone] = useDisplayZone()
  const markets = useQuery(marketsQueries.list(feed))
  const instruments = markets.data?.instruments ?? noInstruments
  const series = useSnapshotSeries(feed, instruments)
  const items = useMemo(() => snapshotAt(instruments, series, asOf), [instruments, series, asOf])
  if (!markets.data) {
    return (
      <p className="h-14 text-xs text-muted" data-loading={markets.error ? undefined : true}>
        {markets.error ? 'Market snapshot unavailable' : 'Loading the market snapshot…'}
      </p>
    )
  }
  // The markets panel says why there are no instruments (an empty list, or none readable); the
  // band keeps its room and points there rather than saying it a second time.
  if (items.length === 0)
    return <p className="text-xs text-muted">No market snapshot (see the markets panel).</p>
  return <SnapshotBand items={items} zone={zone} />
}
