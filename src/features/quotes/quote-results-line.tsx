import { CsvButton } from '../../components/csv-button'
import type { Topic } from '../../feed/schemas/types'
import type { Follows } from '../../hooks/use-follows'
import { formatCount } from '../../lib/format-count'
import type { QuoteExport } from './use-quote-export'

type Props = {
  shown: number
  total: number
  /** The search text the count is for (tests wait on it). */
  query: string
  /** The topic filtered on, offered to follow. */
  topic: Topic | undefined
  follows: Follows
  onToggleFollow: (kind: 'person' | 'topic', id: string) => void
  /** Offered while some filter hides quotes. */
  onClear: (() => void) | null
  /** The filters in force, in words: said here when the page shows no filter bar (an embed), and on paper. */
  filteredBy?: readonly string[] | null
  /** The filter bar shows them on screen (it is not printed). */
  filterBarShown?: boolean
  /** Downloads the quotes shown as CSV; null when none is shown. */
  csv?: QuoteExport | null
}

/** "12 of 40 quotes", following the topic filtered on, clearing the filters, and the quotes shown as CSV. */
export function QuoteResultsLine({
  shown,
  total,
  query,
  topic,
  follows,
  onToggleFollow,
  onClear,
  filteredBy = null,
  filterBarShown = false,
  csv = null,
}: Props) {
  return (
    <div className="mb-2 flex flex-wrap items-center justify-between gap-2 text-xs text-muted">
      <p role="status" aria-live="polite" data-results-for={query}>
        {formatCount(shown)} of {formatCount(total)} quote
        {total === 1 ? '' : 's'}
        {!filterBarShown && filteredBy && filteredBy.length > 0 && `: ${filteredBy.join(', ')}`}
      </p>
      {filterBarShown && filteredBy && filteredBy.length > 0 && (
        <p className="hidden print:block">Filtered by {filteredBy.join(', ')}</p>
      )}
      <div className="flex flex-wrap items-center gap-2">
        {topic && (
          <button
            type="button"
            className="btn"
            aria-pressed={follows.topics.has(topic.id)}
            aria-label={`Follow the topic ${topic.label}`}
            onClick={() => onToggleFollow('topic', topic.id)}
          >
            {follows.topics.has(topic.id) ? '★ Following' : '☆ Follow'} topic “{topic.label}”
          </button>
        )}
        {onClear && (
          <button type="button" className="btn" onClick={onClear}>
            Clear filters
          </button>
        )}
        {csv && (
          <CsvButton
            onClick={csv.start}
            busy={csv.busy}
            label={`Download the ${shown === 1 ? 'quote' : `${formatCount(shown)} quotes`} shown as CSV`}
            title="Download the quotes shown, in this order, as CSV"
          />
        )}
      </div>
    </div>
  )
}
