import type { CsvCell } from '../../lib/csv'
import type { MarketEvent } from './market-events'
import { horizonKeys, type Move } from './reaction'
import type { ReactionRow } from './reaction-table'
import { moveUnitWords } from '../../lib/move-unit'

const iso = (t: number | null | undefined) =>
  t === null || t === undefined ? null : new Date(t).toISOString()
const round = (v: number | null | undefined) =>
  v === null || v === undefined ? null : Number(v.toFixed(4))
const sigmaCell = (move: Move | undefined, illustrative: boolean) =>
  illustrative ? null : round(move?.sigma?.z)

/** The reaction table as CSV rows (header first). Moves in the row's unit (%, bp, or the instrument's own). */
export function reactionCsvRows(event: MarketEvent, rows: readonly ReactionRow[]): CsvCell[][] {
  return [
    [
      'event',
      'event_time',
      'instrument',
      'closed_at_event',
      'counted_from',
      'move_15min_pct',
      'move_1h_pct',
      'next_close',
      'move_next_close_pct',
      'illustrative',
      'unit',
      'data',
      'move_close_plus_1d',
      'move_close_plus_5d',
      'sigma_15min',
      'sigma_1h',
      'sigma_next_close',
      'sigma_close_plus_1d',
      'sigma_close_plus_5d',
    ],
    ...rows.map((row) => {
      const r = row.reaction
      return [
        // A file has no tooltip: the event named whole, not as the table's caption cuts it.
        event.wholeLabel ?? event.label,
        new Date(event.at).toISOString(),
        row.instrument.name,
        r ? (r.closedAtEvent ? 'yes' : 'no') : null,
        iso(r?.baseAt),
        round(r?.m15.move),
        round(r?.h1.move),
        iso(r?.close.at),
        round(r?.close.move),
        row.illustrative ? 'yes' : 'no',
        r ? moveUnitWords(r.unit, row.instrument) : null,
        r?.cadence ?? null,
        round(r?.next.move),
        round(r?.d5.move),
        ...horizonKeys.map((key) => sigmaCell(r?.[key], row.illustrative)),
      ]
    }),
  ]
}
