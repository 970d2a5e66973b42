import type { Session } from '../../feed/schemas/types'
import { otherZoneSpans, type Zones } from './timeline-time'

type Precision = Session['startPrecision']

type Props = {
  /** Start with " · " (when following other text on the line). */
  inline?: boolean
  start: string
  end?: string | null
  startPrecision?: Precision
  endPrecision?: Precision
  zones: Zones
}

/** The same time at the venue and in the second zone, where their clocks differ from the display zone. */
export function OtherZoneTimes({
  inline = true,
  start,
  end = null,
  startPrecision,
  endPrecision,
  zones,
}: Props) {
  const others = otherZoneSpans(start, end, zones, startPrecision, endPrecision)
  if (others.length === 0) return null
  return (
    <span className="text-muted">
      {others.map((other, i) => (
        <span
          key={other.zone}
          className="whitespace-nowrap"
          title={
            other.role === 'venue'
              ? zones.venueIsWhereSaid
                ? 'Local time where it was said'
                : 'Local time at the venue'
              : 'Second zone'
          }
        >
          {inline || i > 0 ? ' · ' : ''}
          {other.text}
          {other.role === 'venue' && (
            <span className="sr-only">
              {zones.venueIsWhereSaid ? ' (local time where it was said)' : ' (venue local time)'}
            </span>
          )}
        </span>
      ))}
    </span>
  )
}
