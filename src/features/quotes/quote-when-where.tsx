import { memo } from 'react'
import { useNow } from '../../hooks/clock-context'
import {
  formatClock,
  formatDate,
  formatDay,
  formatDateTime,
  formatRelative,
  relativeLimitMs,
  zoneAbbreviation,
} from '../../lib/format-time'
import type { QuoteRow } from './quote-rows'
import { quoteDatedAhead } from '../../lib/quote-dated-ahead'
import { wallClock } from '../../lib/zoned-time'

/**
 * "~2 h ago · Mon 9 Jun, ~13:00 BST"; a week or more away, the date alone reads better: "29 Jul
 * 2025, 13:00 BST". A day of another year than now's says its year ("Tue 31 Dec 2024").
 */
export const SaidAt = memo(function SaidAt({
  instant,
  precision,
  zone,
}: {
  instant: number
  precision: 'exact' | 'approximate'
  zone: string
}) {
  // A minute is fine-grained enough for "2 h ago"; each visible card keeps its own clock.
  const now = useNow(30_000)
  const ahead = quoteDatedAhead(instant, now)
  if (ahead) {
    return (
      <>
        <span className="text-warn" title={ahead.why}>
          {ahead.words}
        </span>
        {' · '}
        {formatDateTime(instant, zone, precision, now)}
      </>
    )
  }
  if (Math.abs(now - instant) >= relativeLimitMs) {
    return (
      <>{`${formatDate(instant, zone)}, ${formatClock(instant, zone, precision)} ${zoneAbbreviation(instant, zone)}`}</>
    )
  }
  return (
    <>
      {precision === 'approximate' ? '~' : ''}
      {formatRelative(instant, now, zone)} · {formatDateTime(instant, zone, precision, now)}
    </>
  )
})

/**
 * "New York 08:00 EDT": where it was said and its local time there, when the feed says where; with
 * its date where that is not the display zone's ("Tokyo Tue 10 Jun 04:00 GMT+9" beside a Monday).
 */
export const LocalPlace = memo(function LocalPlace({ row, zone }: { row: QuoteRow; zone: string }) {
  const place = row.place
  if (!place) return row.quote.place ? <> · {row.quote.place}</> : null
  const local = wallClock(new Date(row.time), place.timeZone)
  const shown = wallClock(new Date(row.time), zone)
  const sameDay = local.date === shown.date
  const sameClock = sameDay && local.time.slice(0, 5) === shown.time.slice(0, 5)
  const day = sameDay ? '' : `${formatDay(row.time, place.timeZone)} `
  return (
    <span
      title={
        place.from === 'quote' ? 'Where it was said, local time' : 'Said at the session, local time'
      }
    >
      {' · '}
      {place.name}
      {!sameClock &&
        ` ${day}${formatClock(row.time, place.timeZone, row.quote.saidAtPrecision)} ${zoneAbbreviation(row.time, place.timeZone)}`}
    </span>
  )
})
