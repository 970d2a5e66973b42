import { useId } from 'react'
import type { Instrument } from '../../feed/schemas/types'
import { useThisYear } from '../../hooks/clock-context'
import { formatDateTime, formatDay } from '../../lib/format-time'
import type { MarketEvent } from './market-events'
import { horizonKeys, type HorizonKey, type Reaction } from './reaction'
import { MoveCell } from './reaction-move-cell'
import { zonePlace } from '../../lib/time-zone'
import { CutWords } from './cut-words'

export type ReactionRow = {
  instrument: Instrument
  reaction: Reaction | null
  illustrative: boolean
}

export const horizonHeaders: Record<HorizonKey, string> = {
  m15: '+15 min',
  h1: '+1 h',
  close: 'Next close',
  next: 'Close +1 day',
  d5: 'Close +5 days',
}

function countedFrom(row: ReactionRow, zone: string, thisYear: number): string {
  const r = row.reaction
  if (!r) return 'series not loaded'
  if (r.cadence !== 'intraday') {
    return r.baseAt === null
      ? 'no close before the event (before the first price in this series)'
      : `previous close, ${formatDay(r.baseAt, row.instrument.timeZone, thisYear)}`
  }
  if (r.baseAt === null) return 'no trading session known'
  if (r.seriesStartsAt !== undefined)
    return `none: the series starts ${formatDay(r.seriesStartsAt, row.instrument.timeZone, thisYear)}, after the event`
  if (!r.closedAtEvent)
    return r.seriesStopped ? 'the event: no price in the series since' : 'the event'
  const when = formatDateTime(r.baseAt, zone, undefined, thisYear)
  if (r.baseValue !== null) return `next open, ${when} (closed at the event)`
  return r.seriesStopped
    ? `next open, ${when}: no price in the series since`
    : `not yet traded in ${zonePlace(row.instrument.timeZone)} (next open ${when})`
}

/** Which series in the table are illustrative, in words; empty when none is. */
export function illustrativeWords(names: readonly string[], total: number): string {
  if (names.length === 0) return ''
  if (names.length === total)
    return total === 1
      ? `; ${names[0]} is an illustrative path, not real prices`
      : '; illustrative paths, not real prices'
  return `; illustrative paths, not real prices: ${names.join(', ')}`
}

// On a narrow screen the table scrolls sideways, its instruments kept in view, rather than
// squeezing "Counted from" to a letter a line.
const stickyFirst = 'sticky left-0 z-10 bg-surface px-1'
const countedFromWidth = 'min-w-[11rem]'

/** Whether a reaction's +15 min or +1 h has a figure, or may have one (counting starts later). */
function shortHorizonsTold(reaction: Reaction, now: number): boolean {
  const later = (at: number | null) => at !== null && at > now
  return (
    reaction.cadence === 'intraday' &&
    (later(reaction.baseAt) ||
      [reaction.m15, reaction.h1].some((m) => m.move !== null || m.sameBar || later(m.at)))
  )
}

/** Each instrument's move after the chosen event, at the horizons its data allows, with its size in sigma. */
export function ReactionTable({
  event,
  rows,
  zone,
  now,
}: {
  event: MarketEvent
  rows: readonly ReactionRow[]
  zone: string
  /** The page's clock: a horizon still to come keeps its column. */
  now: number
}) {
  const thisYear = useThisYear(zone)
  const captionId = useId()
  const illustrative = rows.filter((r) => r.illustrative).map((r) => r.instrument.shortName)
  const otherUnits = [
    rows.some((r) => r.reaction?.unit === 'bp') ? 'yields in basis points' : null,
    rows.some((r) => r.reaction?.unit === 'level') ? 'levels that reach zero in their unit' : null,
  ].filter((words) => words !== null)
  // +15 min and +1 h unless every series has loaded and none has a figure there, or one still to
  // come (daily closes, an intraday series that stopped before the event: every cell "n/a" or
  // "—"); the later closes once some instrument has reached them (a live day shows three columns).
  const intraday = rows.some((r) => !r.reaction || shortHorizonsTold(r.reaction, now))
  const shown = horizonKeys.filter((key) =>
    key === 'm15' || key === 'h1'
      ? intraday
      : key === 'close' ||
        rows.some((r) => r.reaction?.[key].move != null || r.reaction?.[key].sameBar),
  )
  const at = formatDateTime(event.at, zone, event.precision, thisYear)
  // The caption above the sideways scroller, not in it: on a phone it stays whole in view. An
  // event's name cut with "…" is whole in its tooltip and for screen readers.
  return (
    <div>
      <p
        id={captionId}
        className="pb-1 text-xs text-muted"
        title={event.wholeLabel && `Reaction to ${event.wholeLabel}, ${at}`}
      >
        Reaction to <CutWords shown={event.label} whole={event.wholeLabel ?? event.label} />, {at}
        {event.precision === 'approximate' ? ' (time approximate)' : ''}; moves in %
        {otherUnits.length > 0 ? ` (${otherUnits.join('; ')})` : ''} from the value when counting
        starts
        {illustrativeWords(illustrative, rows.length)}
        {intraday ? '' : '; no +15 min or +1 h: no intraday prices'}
      </p>
      <div className="overflow-x-auto">
        <table className="w-full text-xs" aria-labelledby={captionId}>
          <thead>
            <tr className="text-left text-muted">
              <th scope="col" className={`${stickyFirst} font-medium`}>
                Instrument
              </th>
              <th scope="col" className={`${countedFromWidth} px-1 font-medium`}>
                Counted from
              </th>
              {shown.map((key) => (
                <th key={key} scope="col" className="px-1 font-medium whitespace-nowrap">
                  {horizonHeaders[key]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.instrument.id} className="border-t border-line">
                <th
                  scope="row"
                  className={`${stickyFirst} text-left font-medium whitespace-nowrap`}
                >
                  {row.instrument.shortName}
                </th>
                <td className={`${countedFromWidth} px-1`}>{countedFrom(row, zone, thisYear)}</td>
                {row.reaction ? (
                  shown.map((key) => (
                    <MoveCell
                      key={key}
                      move={row.reaction![key]}
                      reaction={row.reaction!}
                      instrument={row.instrument}
                      illustrative={row.illustrative}
                    />
                  ))
                ) : (
                  <td colSpan={shown.length} className="px-1 text-muted">
                    —
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  )
}
