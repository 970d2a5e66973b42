import { CutWords } from './cut-words'
import { formatDateTime, formatDateTimeToSecond, withinMinute } from '../../lib/format-time'

/** `wholeHeader`: the header with an event's whole name, where `header` names it cut with "…". */
export type TableColumn = { header: string; wholeHeader?: string; cell: (row: number) => string }

/** A chart's data as a table, for screen readers and for copying. */
export function DataTableView({
  id,
  caption,
  wholeCaption = caption,
  count,
  columns,
}: {
  id: string
  caption: string
  /** The caption with an event's whole name, where `caption` names it cut with "…". */
  wholeCaption?: string
  count: number
  columns: readonly TableColumn[]
}) {
  return (
    <div id={id} className="mt-2 max-h-64 overflow-auto rounded border border-line">
      <table className="w-full text-xs">
        <caption
          className="p-1 text-left text-muted"
          title={wholeCaption !== caption ? wholeCaption : undefined}
        >
          <CutWords shown={caption} whole={wholeCaption} />
        </caption>
        <thead className="sticky top-0 bg-raised">
          <tr>
            {columns.map((c) => (
              <th
                key={c.header}
                scope="col"
                className="px-1 text-left font-medium"
                title={
                  c.wholeHeader !== undefined && c.wholeHeader !== c.header
                    ? c.wholeHeader
                    : undefined
                }
              >
                <CutWords shown={c.header} whole={c.wholeHeader ?? c.header} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: count }, (_, row) => (
            <tr key={row} className="border-t border-line">
              {columns.map((c, i) =>
                i === 0 ? (
                  <th
                    key={c.header}
                    scope="row"
                    className="px-1 text-left font-normal whitespace-nowrap"
                  >
                    {c.cell(row)}
                  </th>
                ) : (
                  <td key={c.header} className="px-1 font-mono whitespace-nowrap">
                    {c.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** now: a moment of the page's year (useThisYear): a time of another year says its year. */
/** The times of the rows; all to the second when any comes within a minute (tick data). */
export function timeColumn(times: readonly number[], zone: string, now?: number): TableColumn {
  const toSecond = times.some(withinMinute)
  return {
    header: 'Time',
    cell: (row) =>
      toSecond
        ? formatDateTimeToSecond(times[row] ?? 0, zone, now)
        : formatDateTime(times[row] ?? 0, zone, undefined, now),
  }
}
