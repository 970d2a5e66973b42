import type { UseQueryResult } from '@tanstack/react-query'
import { QueryError } from '../../components/query-error'
import { Skeleton } from '../../components/skeleton'
import { ListUnavailable } from './list-unavailable'

/**
 * What the timeline shows before its list: its skeleton, or the error when neither list loaded.
 * One list failing while the other is still coming is said at once, above the skeleton: the list,
 * with the same notice, follows.
 */
export function TimelineLoadState({
  sessions,
  developments,
}: {
  sessions: UseQueryResult<unknown>
  developments: UseQueryResult<unknown>
}) {
  const error = sessions.isError && developments.isError ? sessions.error : null
  if (error)
    return (
      <QueryError
        what="the timeline"
        error={error}
        onRetry={() => void Promise.all([sessions.refetch(), developments.refetch()])}
      />
    )
  return (
    <>
      {sessions.isError && sessions.data === undefined && (
        <ListUnavailable
          words="Sessions unavailable: could not load them; the developments are still loading"
          error={sessions.error}
          onRetry={() => void sessions.refetch()}
        />
      )}
      {developments.isError && developments.data === undefined && (
        <ListUnavailable
          words="Developments unavailable: could not load them; the sessions are still loading"
          error={developments.error}
          onRetry={() => void developments.refetch()}
        />
      )}
      <Skeleton label="Loading the timeline" rows={10} rowHeight="2.5rem" />
    </>
  )
}
