import { useMemo } from 'react'
import type { Instrument } from '../../feed/schemas/types'
import { Badge } from '../../components/badge'
import { useThisYear } from '../../hooks/clock-context'
import { formatDateTime } from '../../lib/format-time'
import { seriesCadence, type PreparedSeries } from './series-view'
import type { SeriesTail } from './series-tail'
import { useStalePrice } from './use-stale-price'
import type { StalePrice } from './stale-price'

/** A small frame's word for each mark: the whole words are in its tooltip. */
const shortWords: Record<StalePrice['kind'], string> = {
  missing: 'Stale',
  ended: 'Series ended',
  ahead: 'Future-dated',
}

/**
 * "No price for 4 h 54 min of trading hours" on a card whose last price is out of date by the
 * page's clock, or at the moment replayed (see stalePrice); "Series ends Thu 31 Jul", unwarned,
 * when that price came after the talks ended; "Last price 2 h 45 min ahead of now" for one dated
 * in the future. Its own clock, once a minute: the card's chart does not re-render. `short`: one
 * word on screen (a small frame), the whole words for screen readers and first in its tooltip.
 */
export function StalePriceMark({
  instrument,
  series,
  zone,
  short = false,
}: {
  instrument: Pick<Instrument, 'shortName' | 'tradingHours' | 'timeZone'>
  series: PreparedSeries | undefined
  /** The display zone: the card's last price is dated in it, and so is this mark. */
  zone: string
  short?: boolean
}) {
  const thisYear = useThisYear(zone)
  const last = useMemo((): Pick<SeriesTail, 'lastAt' | 'cadence'> | null => {
    const point = series?.points.at(-1)
    return series && point ? { lastAt: point.t, cadence: seriesCadence(series) } : null
  }, [series])
  const stale = useStalePrice(instrument, last, zone)
  if (!stale || !last) return null
  const at = formatDateTime(last.lastAt, zone, undefined, thisYear)
  const titles: Record<StalePrice['kind'], string> = {
    missing: `The last ${instrument.shortName} price in the feed is from ${at}. By its weekly trading hours its market has been open since; a holiday they do not list would explain it. The figures shown may be out of date.`,
    ended: `The last ${instrument.shortName} price in the feed is from ${at}, after the last session, development and quote in the feed: the series holds the markets’ reaction to all of them. Prices since are not in the feed.`,
    ahead: `The feed dates its last ${instrument.shortName} price ${at}, after now by this page’s clock: a time zone or clock mistake in the feed, or this computer’s clock is behind.`,
  }
  const tone = stale.kind === 'ended' ? 'neutral' : 'warn'
  if (short)
    return (
      <Badge tone={tone} title={`${stale.words}. ${titles[stale.kind]}`}>
        <span aria-hidden="true">{shortWords[stale.kind]}</span>
        <span className="sr-only">{stale.words}</span>
      </Badge>
    )
  return (
    <Badge tone={tone} title={titles[stale.kind]}>
      {stale.words}
    </Badge>
  )
}
