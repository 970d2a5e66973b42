import type { Instrument } from '../../feed/schemas/types'
import { useThisYear } from '../../hooks/clock-context'
import { formatDateTime, formatDay } from '../../lib/format-time'
import { arrow } from './format-market'
import type { MarketEvent } from './market-events'
import { unusualSigma } from './move-sigma'
import { formatMove } from '../../lib/move-unit'
import { horizonKeys, type HorizonKey, type Move, type Reaction } from './reaction'
import { marketPlace } from './series-view'

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

function SigmaNote({ move }: { move: Move }) {
  const sigma = move.sigma
  if (!sigma || move.move === null) return null
  if (sigma.z === null) return <span className="text-[10px] text-muted"> (not enough history)</span>
  const unusual = Math.abs(sigma.z) > unusualSigma
  return (
    <span className={`text-[10px] ${unusual ? 'font-semibold text-warn' : 'text-muted'}`}>
      {' '}
      ({Math.abs(sigma.z).toFixed(1)} sigma{unusual ? ', unusual' : ''})
    </span>
  )
}

function MoveCell({
  move,
  reaction,
  instrument,
  illustrative,
}: {
  move: Move
  reaction: Reaction
  instrument: Instrument
  illustrative: boolean
}) {
  if (move.na) {
    return (
      <td className="px-1 text-muted whitespace-nowrap">
        n/a ({reaction.dataWords ?? reaction.cadence} data)
      </td>
    )
  }
  if (move.move === null) {
    return (
      <td className="px-1 text-muted">
        <span aria-hidden="true">—</span>
        <span className="sr-only">no data yet</span>
      </td>
    )
  }
  return (
    <td className="px-1 font-mono whitespace-nowrap">
      {formatMove(move.move, reaction.unit, instrument)}{' '}
      <span aria-hidden="true">{arrow(Number(move.move.toFixed(2)))}</span>
      {/* The spread of a generated path says nothing of the market: no sigma on illustrative series. */}
      {!illustrative && <SigmaNote move={move} />}
    </td>
  )
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
  if (!r.closedAtEvent)
    return r.seriesStopped ? 'the event: no price in the series since' : 'the event'
  const when = formatDateTime(r.baseAt, zone, undefined, thisYear)
  if (r.baseValue !== null) return `next open, ${when} (closed at the event)`
  return r.seriesStopped
    ? `next open, ${when}: no price in the series since`
    : `not yet traded in ${marketPlace(row.instrument.timeZone)} (next open ${when})`
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

/** Whether a reaction's +15 min or +1 h has a figure, or may have one (counting starts later). */
function shortHorizonsTold(reaction: Reaction, now: number): boolean {
  const later = (at: number | null) => at !== null && at > now
  return (
    reaction.cadence === 'intraday' &&
    (later(reaction.baseAt) ||
      [reaction.m15, reaction.h1].some((m) => m.move !== null || later(m.at)))
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
      : key === 'close' || rows.some((r) => r.reaction?.[key].move != null),
  )
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-xs">
        <caption className="pb-1 text-left text-muted">
          Reaction to {event.label}, {formatDateTime(event.at, zone, event.precision, thisYear)}
          {event.precision === 'approximate' ? ' (time approximate)' : ''}; moves in %
          {otherUnits.length > 0 ? ` (${otherUnits.join('; ')})` : ''} from the value when counting
          starts
          {illustrativeWords(illustrative, rows.length)}
          {intraday ? '' : '; no +15 min or +1 h: no intraday prices'}
        </caption>
        <thead>
          <tr className="text-left text-muted">
            <th scope="col" className="px-1 font-medium">
              Instrument
            </th>
            <th scope="col" className="px-1 font-medium">
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
              <th scope="row" className="px-1 text-left font-medium whitespace-nowrap">
                {row.instrument.shortName}
              </th>
              <td className="px-1">{countedFrom(row, zone, thisYear)}</td>
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
  )
}
