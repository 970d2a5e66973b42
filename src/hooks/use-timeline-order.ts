import { useCallback } from 'react'
import { useSearchParam } from './use-search-param'

/** ?order=newest: the timeline lists its rounds and entries newest first (default oldest first). */
export const timelineOrderParam = 'order'
export const timelineOrders = ['oldest', 'newest'] as const
export type TimelineOrder = (typeof timelineOrders)[number]

/** The order from the parameter's value; anything else (or nothing) is oldest first. */
export function parseTimelineOrder(value: string | null): TimelineOrder {
  return value === 'newest' ? 'newest' : 'oldest'
}

/** The timeline's order, kept in the URL (the default leaves no parameter). */
export function useTimelineOrder(): [TimelineOrder, (order: TimelineOrder) => void] {
  const [raw, setRaw] = useSearchParam(timelineOrderParam)
  const set = useCallback((order: TimelineOrder) => setRaw(order === 'oldest' ? null : order, true), [setRaw])
  return [parseTimelineOrder(raw), set]
}
