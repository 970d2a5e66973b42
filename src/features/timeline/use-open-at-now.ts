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
 * Once, when the list first has entries: scrolls the panel so that the selected entry, else the now
 * line (after the latest item when the feed is over), is in the middle of its view.
 */
export function useOpenAtNow(containerRef: RefObject<HTMLElement | null>, ready: boolean, selectedKey: string | null) {
  const done = useRef(false)
  useLayoutEffect(() => {
    const container = containerRef.current
    if (!ready || done.current || !container) return
    const selected = selectedKey ? [...container.querySelectorAll<HTMLElement>('[data-roving-id]')].find((el) => el.dataset.rovingId === selectedKey) : undefined
    const target = selected ?? container.querySelector<HTMLElement>('[data-now-line]')
    if (!target) return
    done.current = true
    const scroller = scrollingAncestor(target)
    if (!scroller) return
    const offset = target.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop
    scroller.scrollTop = Math.max(0, offset - scroller.clientHeight / 2)
  }, [containerRef, ready, selectedKey])
}
