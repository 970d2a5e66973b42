import type { Instrument } from '../../feed/schemas/types'
import { useNow, useThisYear } from '../../hooks/clock-context'
import { useDisplayZone } from '../../hooks/use-display-zone'
import { formatValue } from '../../lib/format-number'
import { formatDateTime } from '../../lib/format-time'

/**
 * "S&P 500 last 6,005.88, as of Mon 9 Jun, ~21:00 BST.": where a level alert starts from; nothing
 * when the feed gives no level, or gives it for a later moment than the page's (replay).
 */
export function LastPriceHint({ instrument }: { instrument: Instrument }) {
  const [zone] = useDisplayZone()
  const thisYear = useThisYear(zone)
  const now = useNow(60_000)
  // A replayed moment before the price: that price was not known yet.
  if (instrument.last === null || Date.parse(instrument.asOf) > now) return null
  return (
    <p className="w-full text-xs text-muted">
      {instrument.shortName} last {formatValue(instrument)}, as of{' '}
      {formatDateTime(instrument.asOf, zone, instrument.asOfPrecision, thisYear)}.
    </p>
  )
}
