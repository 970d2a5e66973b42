import { useMemo } from 'react'
import { useQueries } from '@tanstack/react-query'
import type { Instrument } from '../../feed/schemas/types'
import { combineSeries, preparedSeriesOptions, type SeriesState } from './series-query'
import { lacksDayChange } from './series-day-change'

/**
 * The series a snapshot needs, one per instrument in its order (undefined where none is asked for).
 * Live, only those of the instruments whose day change the feed leaves out: it is read from the
 * series. In replay every one: the figures as of the moment are cut from them. The queries are the
 * markets panel's own (same keys): on the dashboard, which asks for every series, no extra request.
 */
export function useSnapshotSeries(
  feed: { baseUrl: string; asOf: number | null },
  instruments: readonly Instrument[],
): (SeriesState | undefined)[] {
  const wanted = useMemo(
    () => instruments.filter((i) => feed.asOf !== null || lacksDayChange(i)),
    [instruments, feed.asOf],
  )
  const options = useMemo(
    () => wanted.map((i) => preparedSeriesOptions(feed, i.id)),
    [feed, wanted],
  )
  const loaded = useQueries({ queries: options, combine: combineSeries })
  return useMemo(
    () => instruments.map((i) => loaded[wanted.indexOf(i)]),
    [instruments, wanted, loaded],
  )
}
