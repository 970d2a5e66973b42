import { useLayoutEffect, useRef } from 'react'
import type { Virtualizer } from '@tanstack/react-virtual'

type Place = { key: unknown; below: number; offset: number; rows: unknown; view: unknown }

/**
 * Keeps the reader's place in a virtualized list when a refresh adds or removes rows above it (a
 * new quote at the top of a newest-first wall), or a row above it is measured at another size than
 * guessed: the row at the top of the view, or the `prefer` row (the timeline's now line) while it
 * is wholly in view, stays where it is, instead of the rows sliding under the reader. At the very
 * top only `prefer` is held, so new rows arrive in view; a change of `view` (another question, a
 * round opened: compared with ===) is the reader's own, not held; nor is the reader's scrolling.
 */
export function useKeptPlace(
  virtualizer: Virtualizer<HTMLDivElement, Element>,
  rows: readonly unknown[],
  view: unknown,
  prefer?: unknown,
) {
  const place = useRef<Place | null>(null)
  // After every render (a scroll renders too): put the row back if the rows changed under it or it
  // moved without a scroll, then note which row holds the place now.
  useLayoutEffect(() => {
    const offset = virtualizer.scrollOffset ?? 0
    const last = place.current
    const held = last !== null && last.view === view && (offset > 0 || last.key === prefer)
    if (held && (last.rows !== rows || last.offset === offset)) {
      const start = startOf(virtualizer, last.key)
      const target = start === undefined ? offset : start + last.below
      // A scroll the virtualizer has not read yet (one made in this commit, to open at now) wins.
      // Read last: scrollTop makes the browser lay the page out there and then.
      if (Math.abs(target - offset) > 1 && !scrolledUnread(virtualizer, offset)) {
        virtualizer.scrollToOffset(target)
        // The place is as it was; the virtualizer reads the new offset with the scroll's event.
        place.current = { ...last, offset: target, rows, view }
        return
      }
    }
    const now = virtualizer.scrollOffset ?? 0
    const bottom = now + (virtualizer.scrollRect?.height ?? 0)
    const items = virtualizer.getVirtualItems()
    const row =
      items.find((item) => item.key === prefer && item.start >= now && item.end <= bottom) ??
      items.find((item) => item.end > now)
    place.current = row ? { key: row.key, below: now - row.start, offset: now, rows, view } : null
  })
}

function scrolledUnread(virtualizer: Virtualizer<HTMLDivElement, Element>, offset: number) {
  return Math.abs((virtualizer.scrollElement?.scrollTop ?? offset) - offset) > 1
}

/** Where the row with `key` starts now: among those drawn, else among all (after a change). */
function startOf(virtualizer: Virtualizer<HTMLDivElement, Element>, key: unknown) {
  const drawn = virtualizer.getVirtualItems().find((item) => item.key === key)
  if (drawn) return drawn.start
  return virtualizer.measurementsCache.find((item) => item.key === key)?.start
}
