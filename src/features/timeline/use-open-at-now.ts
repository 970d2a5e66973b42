import { useLayoutEffect, useRef, type RefObject } from 'react'

/** The nearest ancestor that scrolls inside the page (a panel), or null: the page itself is never scrolled. */
function scrollingAncestor(element: HTMLElement): HTMLElement | null {
  for (let node = element.parentElement; node && node !== document.body; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node)
    if ((overflowY === 'auto' || overflowY === 'scroll') && node.scrollHeight > node.clientHeight) return node
  }
  return null
}

/**
 * When the list first has entries: scrolls the panel so that the selected entry, else the now line
 * (after the latest item when the feed is over), is in the middle of its view. Again when `settled`
 * turns true (the quotes arrived and moved the line), unless the reader has scrolled since.
 */
export function useOpenAtNow(containerRef: RefObject<HTMLElement | null>, ready: boolean, selectedKey: string | null, settled: boolean) {
  const last = useRef<{ scroller: HTMLElement | null; top: number; settled: boolean } | null>(null)
  useLayoutEffect(() => {
    const container = containerRef.current
    if (!ready || !container) return
    const previous = last.current
    if (previous && (previous.settled || !settled)) return
    if (previous?.scroller && Math.abs(previous.scroller.scrollTop - previous.top) > 1) return
    const selected = selectedKey ? [...container.querySelectorAll<HTMLElement>('[data-roving-id]')].find((el) => el.dataset.rovingId === selectedKey) : undefined
    const target = selected ?? container.querySelector<HTMLElement>('[data-now-line]')
    if (!target) return
    const scroller = scrollingAncestor(target)
    if (scroller) {
      const offset = target.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop
      scroller.scrollTop = Math.max(0, offset - scroller.clientHeight / 2)
    }
    last.current = { scroller, top: scroller?.scrollTop ?? 0, settled }
  }, [containerRef, ready, selectedKey, settled])
}
