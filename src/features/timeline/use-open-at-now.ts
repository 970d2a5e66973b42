import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react'
import { readLayoutAtFrameStart } from '../../lib/layout-frame'

/**
 * When the list first has entries: scrolls its scroller so that the target (the selected entry,
 * else the now line, which sits after the latest item when the feed is over) is in the middle of
 * its view. Again when `settled` turns true (the quotes arrived and moved the line), unless the
 * reader has scrolled since. The list is virtualized: `scrollToIndex` brings the target in.
 */
export function useOpenAtNow(
  scrollerRef: RefObject<HTMLElement | null>,
  targetIndex: number,
  scrollToIndex: (index: number) => void,
  settled: boolean,
) {
  const last = useRef<{ settled: boolean } | null>(null)
  const readerScrolled = useRef(false)

  // Wheel, touch and keys are the reader's; scrolls made here are not.
  useEffect(() => {
    const scroller = scrollerRef.current
    if (!scroller) return
    const mark = () => {
      readerScrolled.current = true
    }
    const kinds = ['wheel', 'touchmove', 'keydown', 'pointerdown'] as const
    kinds.forEach((kind) => scroller.addEventListener(kind, mark, { passive: true }))
    return () => kinds.forEach((kind) => scroller.removeEventListener(kind, mark))
  }, [scrollerRef])

  useLayoutEffect(() => {
    if (targetIndex < 0 || !scrollerRef.current) return
    const previous = last.current
    if (previous && (previous.settled || !settled)) return
    if (previous && readerScrolled.current) return
    readLayoutAtFrameStart(() => scrollToIndex(targetIndex))
    last.current = { settled }
  }, [scrollerRef, targetIndex, scrollToIndex, settled])
}
