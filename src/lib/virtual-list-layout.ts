// A virtual list's reads and writes of the layout, kept out of React's commit: done at the start of
// the next frame instead (layout-frame.ts), before it paints. The page's first commit mounts both
// lists; reading their sizes in it made the page's first layout part of that task.
import {
  elementScroll,
  measureElement,
  type observeElementRect,
  type Virtualizer,
} from '@tanstack/react-virtual'
import { isLayoutFrame, readLayoutAtFrameStart, readLayoutInNextFrame } from './layout-frame'

/** What a screenful is taken to be where the window has no size (a test DOM). */
const fallbackHeight = 800

/** Scrollers whose size has been read: laid out since they mounted. */
const laidOut = new WeakSet<Element>()

/**
 * For a virtualized list: the scroller's size, or a screenful when it has none yet (no layout:
 * hidden, or a test DOM), so the first rows are always in the document rather than none. First
 * read at the start of the next frame, not in the commit that mounts the list (layout-frame.ts):
 * until then the list takes its `initialRect`. Then read on every resize.
 */
export const observeScrollerRect: typeof observeElementRect<HTMLDivElement> = (
  instance,
  callback,
) => {
  const element = instance.scrollElement
  if (!element) return
  let observing = true
  const report = () => {
    if (!observing) return
    laidOut.add(element)
    const { clientWidth: width, clientHeight: height } = element
    callback({ width, height: height > 0 ? height : window.innerHeight || fallbackHeight })
  }
  readLayoutAtFrameStart(report)
  const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(report) : null
  observer?.observe(element, { box: 'content-box' })
  return () => {
    observing = false
    observer?.disconnect()
  }
}

/**
 * The size a list's scroller is taken to have before it is measured: `share` of the window's
 * height (the scroller's CSS cap). The rows in view then render with the list itself, in React's
 * time-sliced first render, rather than in a second render once the scroller is measured.
 */
export function initialScrollerRect(share: number): { width: number; height: number } {
  if (typeof window === 'undefined') return { width: 0, height: fallbackHeight * share }
  return {
    width: window.innerWidth,
    height: Math.round((window.innerHeight || fallbackHeight) * share),
  }
}

/** The latest scroll asked of a scroller not laid out yet. */
type Scroll = Parameters<typeof elementScroll<HTMLDivElement>>
const waitingScrolls = new WeakMap<Element, Scroll>()

/**
 * A virtual list's `scrollToFn`: a scroller not laid out yet (the list opening at an entry, just
 * mounted) is scrolled at the start of the next frame, once its size is read, to the latest
 * offset asked; any other at once.
 */
export const scrollScroller = (...scroll: Scroll) => {
  const element = scroll[2].scrollElement
  if (!element || laidOut.has(element) || isLayoutFrame()) {
    elementScroll(...scroll)
    return
  }
  if (!waitingScrolls.has(element))
    readLayoutInNextFrame(() => {
      const latest = waitingScrolls.get(element)
      waitingScrolls.delete(element)
      if (latest) elementScroll(...latest)
    })
  waitingScrolls.set(element, scroll)
}

/**
 * A virtual list's `measureElement`: a row just mounted keeps the size last measured for its key,
 * or its estimate, and is measured at the start of the next frame; rows the ResizeObserver
 * reports are measured from its entry, as by default. A row measured at no size is not laid out
 * (its panel hidden, as a phone's other tabs are): it keeps its size too. Taken at 0, every row
 * would fit in the view, and a long list would mount them all, one render for each.
 */
export function measureRow<S extends Element>(
  element: Element,
  entry: ResizeObserverEntry | undefined,
  instance: Virtualizer<S, Element>,
): number {
  if (entry || isLayoutFrame()) {
    const size = measureElement(element, entry, instance)
    return size > 0 ? size : sizeKept(element, instance)
  }
  readLayoutInNextFrame(() => {
    if (element.isConnected) instance.measureElement(element)
  })
  return sizeKept(element, instance)
}

function sizeKept<S extends Element>(element: Element, instance: Virtualizer<S, Element>) {
  const index = instance.indexFromElement(element)
  const known = instance.itemSizeCache.get(instance.options.getItemKey(index))
  return known ?? instance.options.estimateSize(index)
}
