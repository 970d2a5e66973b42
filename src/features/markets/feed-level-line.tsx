import type { Instrument } from '../../feed/schemas/types'
import { formatDateTime } from '../../lib/format-time'
import { formatInstrumentLevel } from '../../lib/format-number'
import { useThisYear } from '../../hooks/clock-context'

/**
 * What a card whose series could not be loaded (or is still loading) says in its readout's place:
 * the last level the feed's snapshot (markets.json) gives, with its time, as the band across the
 * top shows it, and that there is no chart (or that it is to come). "level not reported" where the feed gives none; in replay, "level not
 * known then" where the feed's figure is of a later moment. No move since an event: there is no
 * series to read one from (the summary under it gives the day change, where the feed does).
 */
function feedLevelWords(
  instrument: Pick<
    Instrument,
    'last' | 'asOf' | 'asOfPrecision' | 'unit' | 'currency' | 'kind' | 'decimals'
  >,
  zone: string,
  levelUnknown: boolean,
  loading: boolean,
  thisYear?: number,
) {
  const unknown = levelUnknown && instrument.last === null
  // Not known then: its time is the moment replayed, not the feed's.
  const precision = unknown ? undefined : instrument.asOfPrecision
  const time = formatDateTime(instrument.asOf, zone, precision, thisYear)
  return {
    when: unknown ? `As of ${time}` : `Feed snapshot, ${time}`,
    value:
      instrument.last !== null
        ? formatInstrumentLevel(instrument.last, instrument, true)
        : unknown
          ? 'level not known then'
          : 'level not reported',
    note: loading ? 'series loading: chart to come' : 'series did not load: no chart',
  }
}

/**
 * The readout line of a card whose series did not load, or has not loaded yet (`loading`: the
 * readout takes its place when it comes), see feedLevelWords. Beside other cards, in the two lines
 * kept for a readout, ending in "…" where cut, the whole in its tooltip and read whole by screen
 * readers; alone in a frame, whole, or while loading in the one line kept there for the readout;
 * on paper, whole.
 */
export function FeedLevelLine({
  instrument,
  zone,
  levelUnknown = false,
  overlaid = false,
  loading = false,
}: {
  instrument: Instrument
  zone: string
  levelUnknown?: boolean
  overlaid?: boolean
  loading?: boolean
}) {
  const thisYear = useThisYear(zone)
  const { when, value, note } = feedLevelWords(instrument, zone, levelUnknown, loading, thisYear)
  const kept = overlaid ? (loading ? 'line-clamp-1 h-4' : '') : 'line-clamp-2 h-8'
  return (
    <p
      data-feed-level
      className={`text-[11px] leading-4 break-words ${kept && `${kept} print:line-clamp-none print:h-auto`}`}
      title={`${when}: ${value} (${note})`}
    >
      <span className="text-muted">{when}:</span>{' '}
      <span className="font-mono font-semibold">{value}</span>{' '}
      <span className="text-muted">({note})</span>
    </p>
  )
}
