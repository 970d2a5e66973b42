import type { Instrument } from '../../feed/schemas/types'
import { useThisYear } from '../../hooks/clock-context'
import { useDisplayZone } from '../../hooks/use-display-zone'
import { formatValue } from '../../lib/format-number'
import { formatDateTime } from '../../lib/format-time'

/** "S&P 500 last 6,005.88 points, as of Mon 9 Jun, ~21:00 BST.": where a level alert starts from. */
export function LastPriceHint({ instrument }: { instrument: Instrument }) {
  const [zone] = useDisplayZone()
  const thisYear = useThisYear(zone)
  if (instrument.last === null) return null
  return (
    <p className="w-full text-xs text-muted">
      {instrument.shortName} last {formatValue(instrument)}, as of{' '}
      {formatDateTime(instrument.asOf, zone, instrument.asOfPrecision, thisYear)}.
    </p>
  )
}
