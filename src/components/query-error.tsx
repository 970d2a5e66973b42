import { FeedError } from '../feed/feed-error'

/** Words for what went wrong, for a trader, not a developer. */
export function describeError(error: unknown): string {
  if (error instanceof FeedError) return error.message
  if (error instanceof Error) return error.message
  return 'Something went wrong while loading.'
}

/** A panel's error state: what went wrong and a Retry. */
export function QueryError({
  what,
  error,
  onRetry,
}: {
  what: string
  error: unknown
  onRetry: () => void
}) {
  return (
    <div role="alert" className="rounded border border-danger p-3 text-sm">
      <p className="font-semibold">Could not load {what}.</p>
      <p className="mt-1 text-muted">{describeError(error)}</p>
      <button type="button" className="btn mt-2" onClick={onRetry}>
        Retry
      </button>
    </div>
  )
}
