import type { Instrument } from '../../feed/schemas/types'
import { formatDateTime } from '../../lib/format-time'
import { formatInstrumentLevel } from '../../lib/format-number'
import { useThisYear } from '../../hooks/clock-context'

/**
 * What a card whose series could not be loaded says in its readout's place: the last level the
 * feed's snapshot (markets.json) gives, with its time, as the band across the top shows it, and
 * that there is no chart. "level not reported" where the feed gives none; in replay, "level not
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
    note: 'series did not load: no chart',
  }
}

/**
 * The readout line of a card whose series did not load (see feedLevelWords). Beside other cards,
 * in the two lines kept for a readout, ending in "…" where cut, the whole in its tooltip and read
 * whole by screen readers; alone in a frame or on paper, whole.
 */
export function FeedLevelLine({
  instrument,
  zone,
  levelUnknown = false,
  overlaid = false,
}: {
  instrument: Instrument
  zone: string
  levelUnknown?: boolean
  overlaid?: boolean
}) {
  const thisYear = useThisYear(zone)
  const { when, value, note } = feedLevelWords(instrument, zone, levelUnknown, thisYear)
  return (
    <p
      data-feed-level
      className={`text-[11px] leading-4 break-words ${overlaid ? '' : 'line-clamp-2 h-8 print:line-clamp-none print:h-auto'}`}
      title={`${when}: ${value} (${note})`}
    >
      <span className="text-muted">{when}:</span>{' '}
      <span className="font-mono font-semibold">{value}</span>{' '}
      <span className="text-muted">({note})</span>
    </p>
  )
}
