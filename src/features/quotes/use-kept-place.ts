import { useLayoutEffect, useRef } from 'react'
import type { Virtualizer } from '@tanstack/react-virtual'

type Place = { key: unknown; below: number; rows: unknown; viewKey: string }

/**
 * Keeps the reader's place in a virtualized list when a refresh adds or removes rows above it (a
 * new quote at the top of a newest-first wall): the row at the top of the view stays where it is,
 * instead of every row sliding down under the reader. At the very top nothing is held, so new rows
 * arrive in view; a new question (`viewKey`) starts from the top anyway.
 */
export function useKeptPlace(
  virtualizer: Virtualizer<HTMLDivElement, Element>,
  rows: readonly unknown[],
  viewKey: string,
) {
  const place = useRef<Place | null>(null)
  // After every render (a scroll renders too): put the row back if the rows changed under it, then
  // note which row is at the top of the view now.
  useLayoutEffect(() => {
    const offset = virtualizer.scrollOffset ?? 0
    const last = place.current
    if (last && last.rows !== rows && last.viewKey === viewKey && offset > 0) {
      const keyAt = virtualizer.options.getItemKey
      let index = -1
      for (let i = 0; i < rows.length; i++)
        if (keyAt(i) === last.key) {
          index = i
          break
        }
      const start = index < 0 ? undefined : virtualizer.getOffsetForIndex(index, 'start')?.[0]
      if (start !== undefined && Math.abs(start + last.below - offset) > 1)
        virtualizer.scrollToOffset(start + last.below)
    }
    const now = virtualizer.scrollOffset ?? 0
    const top = virtualizer.getVirtualItems().find((item) => item.end > now)
    place.current = top ? { key: top.key, below: now - top.start, rows, viewKey } : null
  })
}
