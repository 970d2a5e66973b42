import { indexAtOrAfter } from '../../lib/rebase'
import { formatMove } from '../../lib/move-unit'
import type { Line } from './comparison-lines'
import { DataTableView, timeColumn } from './data-table-view'

/** The comparison's lines as a table: a row per instant any line has a value at, % since `base`. */
export function ComparisonTable({
  id,
  lines,
  times,
  zone,
  thisYear,
  base,
  wholeBase,
}: {
  id: string
  lines: readonly Line[]
  times: readonly number[]
  zone: string
  thisYear: number
  /** What the lines are rebased to ("the start of the window", an event's label). */
  base: string
  /** The same with an event's whole name, where `base` names it cut with "…". */
  wholeBase: string
}) {
  return (
    <DataTableView
      id={id}
      caption={`All instruments, % since ${base}`}
      wholeCaption={`All instruments, % since ${wholeBase}`}
      count={times.length}
      columns={[
        timeColumn(times, zone, thisYear),
        ...lines.map((line) => ({
          header: line.instrument.shortName,
          cell: (row: number) => {
            const t = times[row] ?? 0
            const point = line.full[indexAtOrAfter(line.full, t)]
            return point && point.t === t ? formatMove(point.v, '%') : ''
          },
        })),
      ]}
    />
  )
}
