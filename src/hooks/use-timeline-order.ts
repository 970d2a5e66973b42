import { useCallback } from 'react'
import type { TimelineOrder } from './url-params'
import { useUrlParam } from './use-url-param'

/** The timeline's order (?order=newest), kept in the URL; oldest first leaves no parameter. */
export function useTimelineOrder(): [TimelineOrder, (order: TimelineOrder) => void] {
  const [order, setOrder] = useUrlParam('order')
  const set = useCallback(
    (next: TimelineOrder) => setOrder(next === 'oldest' ? null : next, { replace: true }),
    [setOrder],
  )
  return [order ?? 'oldest', set]
}
