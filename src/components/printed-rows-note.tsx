import { printedRowsCap } from '../hooks/use-printing'
import { formatCount } from '../lib/format-count'

/** A virtualized list's row on paper: in the flow, one under the other, not cut across pages. */
export const printRow = 'print:static print:!transform-none print:break-inside-avoid'

/** On paper only, under a list longer than the printed cap: how much of it is printed. */
export function PrintedRowsNote({ count, noun }: { count: number; noun: string }) {
  if (count <= printedRowsCap) return null
  return (
    <p className="hidden text-xs text-muted print:block">
      Printed: the first {formatCount(printedRowsCap)} of {formatCount(count)} {noun}.
    </p>
  )
}
