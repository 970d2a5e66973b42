import type { Instrument } from '../../feed/schemas/types'
import type { CsvCell } from '../../lib/csv'
import { moveBetween, moveUnit, moveUnitWords } from '../../lib/move-unit'
import type { Reaction } from './reaction'
import { sliceWindow, type PreparedSeries, type Span } from './series-view'

/** The series in the window as CSV rows (header first), with each point's move since the event. */
export function seriesCsvRows(
  items: readonly {
    instrument: Instrument
    series: PreparedSeries | undefined
    reaction: Reaction | null
  }[],
  domain: Span,
): CsvCell[][] {
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
    ],
  ]
  for (const { instrument, series, reaction } of items) {
    if (!series) continue
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
      ])
    }
  }
  return rows
}
