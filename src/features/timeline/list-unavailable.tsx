/** A list that failed to load while the rest of the timeline is shown or still coming: what is missing, and Retry. */
export function ListUnavailable({
  words,
  error,
  onRetry,
}: {
  words: string
  error: Error
  onRetry: () => void
}) {
  return (
    <p role="alert" className="mb-2 rounded border border-warn px-2 py-1 text-xs">
      {words} ({error.message}).{' '}
      <button type="button" className="btn" onClick={onRetry}>
        Retry
      </button>
    </p>
  )
}
