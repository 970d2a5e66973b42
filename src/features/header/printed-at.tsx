import { useNow } from '../../hooks/clock-context'
import { useDisplayZone } from '../../hooks/use-display-zone'
import { usePrinting } from '../../hooks/use-printing'
import { formatClock, formatDate, zoneAbbreviation } from '../../lib/format-time'

function PrintedAtLine({ replay }: { replay: boolean }) {
  const now = useNow(1000)
  const [zone] = useDisplayZone()
  return (
    <p className="hidden w-full text-xs text-muted print:block">
      {replay ? 'Replayed at' : 'As of'} {formatDate(now, zone)}, {formatClock(now, zone)}{' '}
      {zoneAbbreviation(now, zone)} · printed from {window.location.href}
    </p>
  )
}

/** On paper only: the moment the page showed (its "in 45 min" and "ago" count from it) and its address. */
export function PrintedAt({ replay }: { replay: boolean }) {
  return usePrinting() ? <PrintedAtLine replay={replay} /> : null
}
