import { useThisYear } from '../../hooks/clock-context'
import { countOf } from '../../lib/format-count'
import { formatDateTime } from '../../lib/format-time'
import type { MarketEvent } from './market-events'
import type { Span } from './series-view'

type Props = {
  event: MarketEvent | null
  zone: string
  /** The window's name as the controls offer it ("The whole feed", "Zoomed range"). */
  windowLabel: string | null
  domain: Span
  shown: number
  total: number
}

/**
 * On paper, where the controls are left out: which instruments the charts show, their time window
 * and what they are rebased to (by the event's whole name: paper has no tooltip). Without it a
 * printout of 2 of 20 instruments read as the whole.
 */
export function PrintedChoices({ event, zone, windowLabel, domain, shown, total }: Props) {
  const thisYear = useThisYear(zone)
  const span = `${formatDateTime(domain[0], zone, 'exact', thisYear)} – ${formatDateTime(domain[1], zone, 'exact', thisYear)}`
  const rebase = event
    ? `rebased to ${formatDateTime(event.at, zone, event.precision, thisYear)} · ${event.wholeLabel ?? event.label}`
    : 'levels, rebased to no event'
  return (
    <p className="hidden text-xs text-muted print:block">
      {shown === total
        ? `All ${countOf(total, 'instrument')}`
        : `${shown} of ${countOf(total, 'instrument')} shown`}
      {` · window: ${windowLabel === null ? '' : `${windowLabel}, `}${span} · ${rebase}`}
    </p>
  )
}
