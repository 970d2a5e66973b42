import type { Instrument } from '../../feed/schemas/types'
import type { CsvCell } from '../../lib/csv'
import { moveBetween, moveUnit, moveUnitWords } from '../../lib/move-unit'
import type { Reaction } from './reaction'
import { sliceWindow, type PreparedSeries, type Span } from './series-view'

type Item = {
  instrument: Instrument
  series: PreparedSeries | undefined
  /** Why `series` is missing: its load failed (else it is still loading). */
  error?: Error | null
  reaction: Reaction | null
}

/**
 * The series in the window as CSV rows (header first), with each point's move since the event. An
 * instrument whose series is not in (failed, or still loading) has one row that says so: a file
 * without it would read as if it had no prices.
 */
export function seriesCsvRows(items: readonly Item[], domain: Span): CsvCell[][] {
  const rows: CsvCell[][] = [
    [
      'instrument',
      'time',
      'value',
      'basis',
      'unit',
      'reference_at',
      'pct_since_event',
      'illustrative',
      'move_unit',
      'note',
    ],
  ]
  for (const { instrument, series, error = null, reaction } of items) {
    if (!series) {
      const why = error ? `series could not be loaded (${error.message})` : 'series not loaded yet'
      rows.push([
        instrument.name,
        ...Array<null>(8).fill(null),
        `${why}: its prices are not in this file`,
      ])
      continue
    }
    const base = reaction?.baseValue ?? null
    const unit = moveUnit(instrument, series)
    const referenceAt =
      series.referenceAt == null ? null : new Date(series.referenceAt).toISOString()
    for (const p of sliceWindow(series.points, domain)) {
      const since = base === null ? null : moveBetween(base, p.v, series.basis, unit)
      rows.push([
        instrument.name,
        new Date(p.t).toISOString(),
        p.v,
        series.basis,
        series.basis === 'level' ? instrument.unit : '% vs the close at reference_at',
        referenceAt,
        since === null ? null : Number(since.toFixed(4)),
        series.illustrative ? 'yes' : 'no',
        moveUnitWords(unit, instrument),
        null,
      ])
    }
  }
  return rows
}
