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

/** The card's title, the "Illustrative path" mark, and the table toggle. */
export function InstrumentCardHeader({
  titleId,
  name,
  shortName,
  illustrative,
  tableId,
  tableShown,
  onToggleTable,
}: Props) {
  return (
    <header className="flex flex-wrap items-center gap-x-2 gap-y-1">
      <h3 id={titleId} className="min-w-0 text-sm font-semibold break-words">
        {name}
      </h3>
      {illustrative && (
        <Badge tone="warn" title={illustrative.note ?? 'A generated path, not real prices'}>
          Illustrative path
        </Badge>
      )}
      <button
        type="button"
        className="btn ml-auto"
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
