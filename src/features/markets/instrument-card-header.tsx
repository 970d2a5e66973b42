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
}

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
}: Props) {
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
          <Badge tone="warn" title={illustrative.note ?? 'A generated path, not real prices'}>
            Illustrative path
          </Badge>
        </div>
      ) : (
        title
      )}
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
    </header>
  )
}
