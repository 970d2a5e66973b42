import { useLayoutEffect, useRef } from 'react'
import type { Virtualizer } from '@tanstack/react-virtual'
import type { TimelineOrder } from '../../hooks/url-params'

/**
 * The order turned over: the entry the reader was looking at (the now line while it is in view,
 * else the row across the middle of the view) is brought back to the middle, where the list would
 * otherwise stay at its old offset, now the other end of the feed (years-old rounds where now was).
 */
export function useOrderFlip(
  virtualizer: Virtualizer<HTMLDivElement, Element>,
  entries: readonly { key: unknown }[],
  order: TimelineOrder,
  scrollToIndex: (index: number) => void,
) {
  const anchor = useRef<unknown>(null)
  const shownOrder = useRef(order)
  // After every render (a scroll renders too): note the row in view; after a flip, go back to it.
  useLayoutEffect(() => {
    if (shownOrder.current !== order) {
      shownOrder.current = order
      const index = entries.findIndex((entry) => entry.key === anchor.current)
      if (index >= 0) {
        scrollToIndex(index)
        return
      }
    }
    anchor.current = rowInView(virtualizer)
  })
}

function rowInView(virtualizer: Virtualizer<HTMLDivElement, Element>): unknown {
  const top = virtualizer.scrollOffset ?? 0
  const height = virtualizer.scrollRect?.height ?? 0
  const inView = virtualizer
    .getVirtualItems()
    .filter((item) => item.end > top && item.start < top + height)
  const row =
    inView.find((item) => item.key === 'now') ??
    inView.find((item) => item.end >= top + height / 2) ??
    inView[0]
  return row?.key ?? null
}
