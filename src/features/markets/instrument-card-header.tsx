import type { ReactNode } from 'react'
import { Badge } from '../../components/badge'

type Props = {
  titleId: string
  name: string
  shortName: string
  /** The series' note when it is a generated path; null for real prices. */
  illustrative: { note: string | null } | null
  tableId: string
  tableShown: boolean
  /** Null while there is nothing to tabulate. */
  onToggleTable: (() => void) | null
  /**
   * The card alone in a small frame (useOneChartFrame): the name on at most this many lines, cut
   * with "…" past them (whole in its tooltip and for screen readers), the mark in its short form,
   * and the page's own mark (`pageMark`, the demo badge) beside them instead of on a row above the
   * card. Null: every line the name takes.
   */
  lines?: 1 | 2 | null
  pageMark?: ReactNode
}

const illustrativeTitle = (note: string | null) => note ?? 'A generated path, not real prices'

/**
 * The card's title, the "Illustrative path" mark, and the table toggle. The toggle keeps the top
 * right corner of every card: a long name pushes the mark under it, not the toggle (the box that
 * wraps them is there only with a mark: one element fewer a card for real prices).
 */
export function InstrumentCardHeader({
  titleId,
  name,
  shortName,
  illustrative,
  tableId,
  tableShown,
  onToggleTable,
  lines = null,
  pageMark = null,
}: Props) {
  const toggle = (
    <button
      type="button"
      className="btn ml-auto shrink-0"
      aria-label={`${tableShown ? 'Hide' : 'Show'} table of ${shortName} data`}
      aria-expanded={tableShown}
      aria-controls={tableId}
      onClick={onToggleTable ?? undefined}
      disabled={!onToggleTable}
    >
      {tableShown ? 'Hide table' : 'Table'}
    </button>
  )
  if (lines !== null) {
    const title = (
      <h3
        id={titleId}
        className={`min-w-0 text-sm font-semibold ${lines === 1 ? 'truncate' : 'line-clamp-2 break-words'}`}
        title={name}
      >
        {name}
      </h3>
    )
    const marks = (
      <>
        {illustrative && (
          <Badge tone="warn" title={`Illustrative path: ${illustrativeTitle(illustrative.note)}`}>
            <span aria-hidden="true">Illustrative</span>
            <span className="sr-only">Illustrative path</span>
          </Badge>
        )}
        {pageMark}
      </>
    )
    // On one line the marks keep their room and the name is cut; on two they wrap under it.
    return (
      <header className={`flex gap-x-1.5 ${lines === 1 ? 'items-center' : 'items-start'}`}>
        {lines === 1 ? (
          <>
            {title}
            {marks}
          </>
        ) : (
          <div className="flex min-w-0 flex-wrap items-center gap-x-1.5 gap-y-0.5">
            {title}
            {marks}
          </div>
        )}
        {toggle}
      </header>
    )
  }
  const title = (
    <h3 id={titleId} className="min-w-0 text-sm font-semibold break-words">
      {name}
    </h3>
  )
  return (
    <header className="flex items-start gap-x-2">
      {illustrative ? (
        <div className="flex min-w-0 flex-wrap items-center gap-x-2 gap-y-1">
          {title}
          <Badge tone="warn" title={illustrativeTitle(illustrative.note)}>
            Illustrative path
          </Badge>
        </div>
      ) : (
        title
      )}
      {toggle}
    </header>
  )
}
