/** No quote to show: says why, and offers to clear the filters when they are the reason. */
export function QuoteEmptyState({
  reasons,
  onClear,
}: {
  reasons: readonly string[]
  onClear: () => void
}) {
  if (reasons.length === 0) {
    return (
      <p role="status" className="rounded border border-line p-3 text-sm text-muted">
        The feed has no quotes yet.
      </p>
    )
  }
  return (
    <div role="status" className="rounded border border-line p-3 text-sm">
      <p>No quote matches {reasons.join(', ')}.</p>
      <button type="button" className="btn mt-2" onClick={onClear}>
        Clear filters
      </button>
    </div>
  )
}
