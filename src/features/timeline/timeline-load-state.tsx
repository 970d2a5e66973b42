import type { UseQueryResult } from '@tanstack/react-query'
import { QueryError } from '../../components/query-error'
import { Skeleton } from '../../components/skeleton'

/** What the timeline shows before its list: the error that stops it, or its skeleton. */
export function TimelineLoadState({
  sessions,
  developments,
}: {
  sessions: UseQueryResult<unknown>
  developments: UseQueryResult<unknown>
}) {
  const error = sessions.error ?? developments.error
  if (error)
    return (
      <QueryError
        what="the timeline"
        error={error}
        onRetry={() => void Promise.all([sessions.refetch(), developments.refetch()])}
      />
    )
  return <Skeleton label="Loading the timeline" rows={10} rowHeight="2.5rem" />
}
