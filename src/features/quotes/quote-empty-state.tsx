import type { FeedProblem } from '../../feed/parse'
import { hasUnreadable, noneReadableText } from '../../feed/unreadable-records'
import { setUrlParams } from '../../hooks/use-url-param'
import { useQuoteFilters } from './use-quote-filters'

/**
 * No quote to show: says why, and offers to clear the filters when they are the reason. With no
 * filter and records that could not be read, it says so (the note above says how many and why):
 * the feed is then not empty.
 */
export function QuoteEmptyState({
  reasons,
  problems,
  onClear,
}: {
  reasons: readonly string[]
  /** What could not be read in quotes.json. */
  problems: readonly FeedProblem[]
  onClear: () => void
}) {
  // A From after its To is said, with a way to swap them.
  const { from, to } = useQuoteFilters().filters
  if (reasons.length === 0) {
    return (
      <p role="status" className="rounded border border-line p-3 text-sm text-muted">
        {hasUnreadable(problems, 'quotes')
          ? noneReadableText('quotes')
          : 'The feed has no quotes yet.'}
      </p>
    )
  }
  return (
    <div role="status" className="rounded border border-line p-3 text-sm">
      <p>No quote matches {reasons.join(', ')}.</p>
      {from !== null && to !== null && from > to && (
        <p className="mt-1 flex flex-wrap items-center gap-2">
          From is after To: no moment lies between them. Swap them, or clear one.
          <button
            type="button"
            className="btn"
            onClick={() => setUrlParams({ from: to, to: from })}
          >
            Swap From and To
          </button>
        </p>
      )}
      <button type="button" className="btn mt-2" onClick={onClear}>
        Clear filters
      </button>
    </div>
  )
}
