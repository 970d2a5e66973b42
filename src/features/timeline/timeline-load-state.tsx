import type { UseQueryResult } from '@tanstack/react-query'
import { QueryError } from '../../components/query-error'
import { Skeleton } from '../../components/skeleton'

/**
 * What the timeline shows before its list: its skeleton, or the error when neither list loaded.
 * One list failing while the other is still coming is a skeleton: the list, with a notice of what
 * is missing, follows.
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
  return <Skeleton label="Loading the timeline" rows={10} rowHeight="2.5rem" />
}
