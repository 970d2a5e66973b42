import { printedRowsCap } from '../hooks/use-printing'
import { formatCount } from '../lib/format-count'

/** A virtualized list's row on paper: in the flow, one under the other, not cut across pages. */
export const printRow = 'print:static print:!transform-none print:break-inside-avoid'

type Props = {
  count: number
  noun: string
  /** `start`: above the list, so a reader knows before the pages of rows; `end`: where they stop. */
  place: 'start' | 'end'
}

/** On paper only, above and under a list longer than the printed cap: how much of it is printed. */
export function PrintedRowsNote({ count, noun, place }: Props) {
  if (count <= printedRowsCap) return null
  return (
    <p className="hidden text-xs text-muted print:block">
      {place === 'start'
        ? `Printed: the first ${formatCount(printedRowsCap)} of ${formatCount(count)} ${noun}.`
        : `The other ${formatCount(count - printedRowsCap)} ${noun} are not printed.`}
    </p>
  )
}
