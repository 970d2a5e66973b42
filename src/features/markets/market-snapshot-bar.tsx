import { useMemo } from 'react'
import { useQueries, useQuery } from '@tanstack/react-query'
import { marketsQueries } from '../../feed/queries'
import type { Instrument } from '../../feed/schemas/types'
import { useFeed } from '../../hooks/use-feed'
import { useDisplayZone } from '../../hooks/use-display-zone'
import { combineSeries, preparedSeriesOptions } from './series-query'
import { snapshotAt } from './snapshot-at'
import { SnapshotBand } from './snapshot-band'

const noInstruments: readonly Instrument[] = []

const lacksDayChange = (i: Instrument) => i.change === null && i.changePercent === null

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
  // Live, the figures are the feed's own, and a day change it leaves out is read from the series
  // (the dashboard asks for every series at start, so this is no extra request); in replay the
  // figures come from the series cut at the moment.
  const withSeries = useMemo(
    () => instruments.filter((i) => asOf !== null || lacksDayChange(i)),
    [instruments, asOf],
  )
  const seriesOptions = useMemo(
    () => withSeries.map((i) => preparedSeriesOptions(feed, i.id)),
    [feed, withSeries],
  )
  const loaded = useQueries({ queries: seriesOptions, combine: combineSeries })
  const items = useMemo(() => {
    const series = instruments.map((i) => loaded[withSeries.indexOf(i)])
    return snapshotAt(instruments, series, asOf)
  }, [instruments, withSeries, loaded, asOf])
  if (!markets.data) {
    return (
      <p className="h-14 text-xs text-muted" data-loading={markets.error ? undefined : true}>
        {markets.error ? 'Market snapshot unavailable' : 'Loading the market snapshot…'}
      </p>
    )
  }
  if (items.length === 0) return null
  return <SnapshotBand items={items} zone={zone} />
}
