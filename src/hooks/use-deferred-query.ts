import { useDeferredValue, useMemo } from 'react'
import {
  useQuery,
  type DefaultError,
  type QueryKey,
  type UseQueryOptions,
  type UseQueryResult,
} from '@tanstack/react-query'

/**
 * useQuery for a reader that can wait its turn: a new answer first reaches the panel that shows
 * it (the quote wall, the timeline) and reaches this reader in a later render that React splits
 * and lets input interrupt, so a long document does not make one long task of every panel's work.
 * Until then the reader sees the whole previous result (data, status and error together), never
 * new data with an old status. Readers use data, error, status (isError, isPending...) and refetch;
 * fetchStatus and the timestamps are not kept up to date here.
 */
export function useDeferredQuery<
  TQueryFnData = unknown,
  TError = DefaultError,
  TData = TQueryFnData,
  TQueryKey extends QueryKey = QueryKey,
>(options: UseQueryOptions<TQueryFnData, TError, TData, TQueryKey>): UseQueryResult<TData, TError> {
  const result = useQuery(options)
  const { data, error, status } = result
  // useQuery hands out a new object each render; deferring that would re-render every time. Kept
  // while what readers use (data, error, status and what derives from them) is unchanged: the
  // fields read here are the ones a change re-renders for, so a refresh that brings nothing new
  // stays quiet.
  const changed = useMemo(
    () => result,
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the fields above are what changes it
    [data, error, status],
  )
  return useDeferredValue(changed)
}
