import { useCallback, useEffect, type RefObject } from 'react'
import { isPageShortcut } from '../../lib/page-shortcut'
import { revealRegion } from '../../hooks/reveal-region'
import type { TimelineEntry } from './timeline-model'
import { nowLineIntoView } from './now-line-into-view'
import { entryAtNow } from './entry-at-now'

export type NowPlace = 'above' | 'below' | null

type Options = {
  entries: readonly TimelineEntry[]
  /** The now line's index in `entries` (-1: none). */
  nowIndex: number
  /** The entries in view, by index (the virtualizer's range; null before it is measured). */
  inView: { startIndex: number; endIndex: number } | null
  scrollToIndex: (index: number) => void
  focusEntry: (key: string) => void
  scroller: RefObject<HTMLElement | null>
}

/**
 * Where the now line is when scrolled out of view (above or below), and the way back to it: the
 * list scrolled to it and the focus on the entry after it (before it when nothing follows; a
 * session called off is passed over: see entryAtNow). Also the `n` key, anywhere on the page (a
 * folded timeline or a phone's other tab shown first).
 */
export function useBackToNow({
  entries,
  nowIndex,
  inView,
  scrollToIndex,
  focusEntry,
  scroller,
}: Options) {
  const place: NowPlace =
    nowIndex < 0 || !inView
      ? null
      : nowIndex < inView.startIndex
        ? 'above'
        : nowIndex > inView.endIndex
          ? 'below'
          : null
  const goToNow = useCallback(() => {
    if (nowIndex < 0) return
    // A folded timeline or a phone's other tab: shown first, the list measured in the next frame.
    revealRegion('timeline')
    requestAnimationFrame(() => {
      scrollToIndex(nowIndex)
      const next = entryAtNow(entries, nowIndex)
      if (next) focusEntry(next.key)
      nowLineIntoView(() => scroller.current, 'center')
    })
  }, [entries, nowIndex, scrollToIndex, focusEntry, scroller])
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isPageShortcut(event, 'n')) return
      event.preventDefault()
      goToNow()
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [goToNow])
  return { place, goToNow }
}
