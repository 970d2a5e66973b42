import { useMemo } from 'react'
import type { Instrument } from '../../feed/schemas/types'
import { Badge } from '../../components/badge'
import { useNow, useThisYear } from '../../hooks/clock-context'
import { useFeed } from '../../hooks/use-feed'
import { formatDateTime } from '../../lib/format-time'
import { seriesCadence, type PreparedSeries } from './series-view'
import { stalePrice } from './stale-price'

/**
 * "No price in 4 h 54 min of trading" on a card whose last price is out of date by the page's
 * clock, or at the moment replayed (see stalePrice). Its own clock, once a minute: the card's chart does not re-render.
 */
export function StalePriceMark({
  instrument,
  series,
}: {
  instrument: Pick<Instrument, 'shortName' | 'tradingHours' | 'timeZone'>
  series: PreparedSeries | undefined
}) {
  const clock = useNow(60_000)
  const { asOf } = useFeed()
  // In replay, the moment replayed, where the series end.
  const now = asOf ?? clock
  const thisYear = useThisYear(instrument.timeZone)
  const cadence = useMemo(() => (series ? seriesCadence(series) : null), [series])
  if (!series || !cadence) return null
  const last = series.points.at(-1)
  if (!last) return null
  const stale = stalePrice(last.t, now, instrument, cadence)
  if (!stale) return null
  const at = formatDateTime(last.t, instrument.timeZone, undefined, thisYear)
  return (
    <Badge
      tone="warn"
      title={`The last ${instrument.shortName} price in the feed is from ${at}; its market has been open since. The figures shown may be out of date.`}
    >
      {stale.words}
    </Badge>
  )
}
