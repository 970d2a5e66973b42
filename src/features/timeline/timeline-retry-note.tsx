import {
  developmentsQueries,
  issuesQueries,
  quotesQueries,
  sessionsQueries,
  type FeedRef,
} from '../../feed/queries'
import { isRetrying, RetryNote } from '../../components/retry-note'
import { useRetryState } from '../../hooks/use-retry-state'

/** "Retrying (n of 3)…" for the documents the timeline reads, before their first data. */
export function TimelineRetryNote({ feed }: { feed: Exclude<FeedRef, string> }) {
  const retrying = useRetryState([
    sessionsQueries.list(feed),
    developmentsQueries.list(feed),
    quotesQueries.list(feed),
    issuesQueries.list(feed),
  ])
  // A list on screen that is being retried is said in the header (TimelineRefreshMark).
  return <RetryNote queries={retrying.filter((query) => query.isPending)} />
}

/** Whether the quotes are being tried again after a failure (the note above the list says so). */
export function useQuotesRetrying(feed: Exclude<FeedRef, string>): boolean {
  return useRetryState([quotesQueries.list(feed)]).some(isRetrying)
}
