import type { Instrument } from '../../feed/schemas/types'
import { formatDateTime } from '../../lib/format-time'
import type { CsvCell } from '../../lib/csv'
import { arrow, signedPercent } from './format-market'
import type { MarketEvent } from './market-events'
import type { Move, Reaction } from './reaction'
import { marketPlace } from './series-view'

export type ReactionRow = { instrument: Instrument; reaction: Reaction | null; illustrative: boolean }

function MoveCell({ move }: { move: Move }) {
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
      {signedPercent(move.move)} <span aria-hidden="true">{arrow(Number(move.move.toFixed(2)))}</span>
    </td>
  )
}

function countedFrom(row: ReactionRow, zone: string): string {
  const r = row.reaction
  if (!r) return 'series not loaded'
  if (r.baseAt === null) return 'no trading session known'
  if (!r.closedAtEvent) return 'the event'
  const when = formatDateTime(r.baseAt, zone)
  return r.baseValue === null
    ? `not yet traded in ${marketPlace(row.instrument.timeZone)} (next open ${when})`
    : `next open, ${when} (closed at the event)`
}

/** Each instrument's move after the chosen event: +15 min, +1 h and at its next close. */
export function ReactionTable({ event, rows, zone }: { event: MarketEvent; rows: readonly ReactionRow[]; zone: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-xs">
        <caption className="pb-1 text-left text-muted">
          Reaction to {event.label}, {formatDateTime(event.at, zone, event.precision)}
          {event.precision === 'approximate' ? ' (time approximate)' : ''}; moves in % from the value when counting starts
          {rows.some((r) => r.illustrative) ? '; illustrative paths, not real prices' : ''}
        </caption>
        <thead>
          <tr className="text-left text-muted">
            <th scope="col" className="px-1 font-medium">Instrument</th>
            <th scope="col" className="px-1 font-medium">Counted from</th>
            <th scope="col" className="px-1 font-medium">+15 min</th>
            <th scope="col" className="px-1 font-medium">+1 h</th>
            <th scope="col" className="px-1 font-medium">Next close</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.instrument.id} className="border-t border-line">
              <th scope="row" className="px-1 text-left font-medium whitespace-nowrap">
                {row.instrument.shortName}
              </th>
              <td className="px-1">{countedFrom(row, zone)}</td>
              {row.reaction ? (
                <>
                  <MoveCell move={row.reaction.m15} />
                  <MoveCell move={row.reaction.h1} />
                  <MoveCell move={row.reaction.close} />
                </>
              ) : (
                <td colSpan={3} className="px-1 text-muted">
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

const iso = (t: number | null | undefined) => (t === null || t === undefined ? null : new Date(t).toISOString())
const round = (v: number | null | undefined) => (v === null || v === undefined ? null : Number(v.toFixed(4)))

/** The reaction table as CSV rows (header first). */
export function reactionCsvRows(event: MarketEvent, rows: readonly ReactionRow[]): CsvCell[][] {
  return [
    ['event', 'event_time', 'instrument', 'closed_at_event', 'counted_from', 'move_15min_pct', 'move_1h_pct', 'next_close', 'move_next_close_pct', 'illustrative'],
    ...rows.map((row) => [
      event.label,
      new Date(event.at).toISOString(),
      row.instrument.name,
      row.reaction ? (row.reaction.closedAtEvent ? 'yes' : 'no') : null,
      iso(row.reaction?.baseAt),
      round(row.reaction?.m15.move),
      round(row.reaction?.h1.move),
      iso(row.reaction?.close.at),
      round(row.reaction?.close.move),
      row.illustrative ? 'yes' : 'no',
    ]),
  ]
}
