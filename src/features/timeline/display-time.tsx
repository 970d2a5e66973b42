import type { Session } from '../../feed/schemas/types'
import { formatSpan } from './timeline-time'

type Precision = Session['startPrecision']

type Props = {
  start: string
  end?: string | null
  startPrecision?: Precision
  endPrecision?: Precision
  zone: string
  /** The year of the page's now in the zone: a time of another year says its year. */
  yearNow?: string
}

/** A moment or span in the display zone, "~" marking approximate times. */
export function DisplayTime({
  start,
  end = null,
  startPrecision,
  endPrecision,
  zone,
  yearNow,
}: Props) {
  const approximate =
    startPrecision === 'approximate' || (end !== null && endPrecision === 'approximate')
  return (
    <time
      dateTime={start}
      className="tabular-nums"
      title={approximate ? '~ marks an approximate time' : undefined}
    >
      {formatSpan(start, end, zone, startPrecision, endPrecision, yearNow)}
    </time>
  )
}
