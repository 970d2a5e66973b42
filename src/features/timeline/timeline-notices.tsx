import type { FeedProblem } from '../../feed/parse'
import { DroppedRecordsNote } from '../../components/dropped-records-note'
import { ListUnavailable } from './list-unavailable'
import { clearKeepingFocus } from './clear-keeping-focus'

type Loaded = {
  error: Error | null
  data: { problems: FeedProblem[] } | undefined
}

type Props = {
  sessions: Loaded
  developments: Loaded
  /** The selection the link named, when the feed does not hold it ("session “x”"). */
  missing: string | null
  onClearSelection: () => void
  retrySessions: () => void
  retryDevelopments: () => void
  /** `retrying`: a failed request for them is being tried again (the retry note says so). */
  quotes: { loaded: boolean; failed: boolean; retrying: boolean; retry: () => void }
}

/**
 * Above the list: a list that could not be loaded, records dropped, a linked item not in the feed,
 * and the quote markers' state (loading, or unavailable with a Retry). A refresh that failed is
 * marked in the panel's header (TimelineRefreshMark), where its coming moves nothing.
 */
export function TimelineNotices({
  sessions,
  developments,
  missing,
  onClearSelection,
  retrySessions,
  retryDevelopments,
  quotes,
}: Props) {
  return (
    <>
      {sessions.error && !sessions.data && (
        <ListUnavailable
          words="Sessions unavailable: could not load them"
          error={sessions.error}
          onRetry={retrySessions}
        />
      )}
      {developments.error && !developments.data && (
        <ListUnavailable
          words="Developments unavailable: could not load them"
          error={developments.error}
          onRetry={retryDevelopments}
        />
      )}
      <DroppedRecordsNote problems={sessions.data?.problems ?? []} noun="session" />
      <DroppedRecordsNote problems={developments.data?.problems ?? []} noun="development" />
      {missing && (
        <p role="status" className="mb-2 rounded border border-warn px-2 py-1 text-xs">
          The linked {missing} is not in the feed.{' '}
          <button
            type="button"
            className="btn"
            onClick={(event) => clearKeepingFocus(event.currentTarget, onClearSelection)}
          >
            Clear
          </button>
        </p>
      )}
      {quotes.failed && !quotes.loaded && (
        <p role="alert" className="mb-2 rounded border border-warn px-2 py-1 text-xs">
          Quote markers unavailable: could not load the quotes.{' '}
          <button type="button" className="btn" onClick={quotes.retry}>
            Retry
          </button>
        </p>
      )}
      {/* Over the top of the list, taking no room: the list does not move up when it goes. While
          the quotes are retried, the retry note above the list says it instead of covering an entry. */}
      {!quotes.loaded && !quotes.failed && !quotes.retrying && (
        <div className="relative h-0">
          <p
            className="absolute top-0 right-0 z-10 rounded border border-line bg-raised px-2 py-0.5 text-xs text-muted shadow-sm"
            data-loading="extra"
          >
            Loading the quote markers…
          </p>
        </div>
      )}
    </>
  )
}
