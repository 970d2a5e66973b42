import { useLayoutEffect, type RefObject } from 'react'
import { readLayoutInNextFrame } from '../lib/layout-frame'

/** Room kept for the focus outline (2 px, 2 px off the element) below the bars. */
const outlineRoom = 4

/** For each scroller, how far down from its top each sticky bar in it reaches (px). */
const reaches = new Map<HTMLElement, Map<HTMLElement, number>>()

function scrollerOf(bar: HTMLElement): HTMLElement {
  for (let box = bar.parentElement; box; box = box.parentElement) {
    const { overflowY } = getComputedStyle(box)
    if (overflowY === 'auto' || overflowY === 'scroll') return box
  }
  return document.documentElement
}

/** 0 for a bar not sticking (a phone's bar on a short screen, a region's hidden panel). */
function reachOf(bar: HTMLElement): number {
  const style = getComputedStyle(bar)
  if (style.position !== 'sticky' || bar.offsetHeight === 0) return 0
  return (Number.parseFloat(style.top) || 0) + bar.offsetHeight
}

function setReach(scroller: HTMLElement, bar: HTMLElement, reach: number | null) {
  const bars = reaches.get(scroller) ?? new Map<HTMLElement, number>()
  if (reach === null) bars.delete(bar)
  else bars.set(bar, reach)
  if (bars.size === 0) reaches.delete(scroller)
  else reaches.set(scroller, bars)
  const lowest = Math.max(0, ...bars.values())
  scroller.style.scrollPaddingTop = lowest > 0 ? `${lowest + outlineRoom}px` : ''
}

/**
 * Tells the scroller a sticky bar sits in (a region on the desk, the page on a phone) how far
 * down the bar reaches, as its `scroll-padding-top`: what the focus or a scroll brings into view
 * then lands below the bars, not under them. Kept as the bar's size or the window changes.
 */
export function useStickyScrollPadding(ref: RefObject<HTMLElement | null>) {
  useLayoutEffect(() => {
    const bar = ref.current
    if (!bar || typeof ResizeObserver === 'undefined') return
    let scroller: HTMLElement | null = null
    const measure = () => {
      if (!bar.isConnected) return
      const next = scrollerOf(bar)
      if (scroller && scroller !== next) setReach(scroller, bar, null)
      scroller = next
      setReach(next, bar, reachOf(bar))
    }
    const observer = new ResizeObserver(measure)
    observer.observe(bar)
    // Whether it sticks can change with the window's height, its size staying the same.
    const onResize = () => readLayoutInNextFrame(measure)
    window.addEventListener('resize', onResize)
    return () => {
      observer.disconnect()
      window.removeEventListener('resize', onResize)
      if (scroller) setReach(scroller, bar, null)
    }
  }, [ref])
}
