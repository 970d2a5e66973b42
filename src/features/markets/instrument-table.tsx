import type { Instrument } from '../../feed/schemas/types'
import { indexAtOrBefore, type Basis } from '../../lib/rebase'
import { formatSeriesValue } from './format-market'
import { formatMove, type MoveUnit } from '../../lib/move-unit'
import { DataTableView, timeColumn } from './data-table-view'
import { useThisYear } from '../../hooks/clock-context'
import { formatDay } from '../../lib/format-time'
import { percentAgainst } from './reference-close'
import { formatCount } from '../../lib/format-count'

type Point = { t: number; v: number }

type Props = {
  id: string
  instrument: Instrument
  illustrative: boolean
  /** The points as drawn (one per pixel at most), in the chart's terms. */
  drawn: readonly Point[]
  /** Every point in the window, in the series' own terms. */
  inWindow: readonly Point[]
  basis: Basis
  unit: MoveUnit
  /** The price counted from, and the event's name (whole too, where the label is cut). */
  base: { value: number; label: string; wholeLabel?: string } | null
  zone: string
  /** When the close a percent-change series is measured from was; null when not known. */
  referenceAt: number | null
}

/** A card's data as a table: time, the value as the feed gives it, and the move since the event. */
export function InstrumentTable({
  id,
  instrument,
  illustrative,
  drawn,
  inWindow,
  basis,
  unit,
  base,
  zone,
  referenceAt,
}: Props) {
  const thisYear = useThisYear(zone)
  return (
    <DataTableView
      id={id}
      caption={`${instrument.name}${illustrative ? ' (illustrative path)' : ''}: ${formatCount(drawn.length)} of ${formatCount(inWindow.length)} points in the window, as drawn`}
      count={drawn.length}
      columns={[
        timeColumn(
          drawn.map((p) => p.t),
          zone,
          thisYear,
        ),
        {
          header:
            basis === 'percent-change'
              ? `Value (% vs ${referenceAt === null ? 'previous close' : `the close of ${formatDay(referenceAt, instrument.timeZone, thisYear)}`})`
              : `Value (${instrument.unit})`,
          cell: (row) => {
            const p = drawn[row]
            if (!p) return ''
            const original = base ? inWindow[indexAtOrBefore(inWindow, p.t)] : p
            return original
              ? formatSeriesValue(
                  original.v,
                  basis,
                  instrument,
                  percentAgainst(original.t, referenceAt, instrument.timeZone, thisYear),
                )
              : ''
          },
        },
        ...(base
          ? [
              {
                header: `Since ${base.label}`,
                wholeHeader: `Since ${base.wholeLabel ?? base.label}`,
                cell: (row: number) => {
                  const p = drawn[row]
                  return p ? formatMove(p.v, unit, instrument) : ''
                },
              },
            ]
          : []),
      ]}
    />
  )
}
