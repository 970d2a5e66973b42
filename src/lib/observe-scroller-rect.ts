import { observeElementRect } from '@tanstack/react-virtual'

/** What a screenful is taken to be where the window has no size (a test DOM). */
const fallbackHeight = 800

/**
 * For a virtualized list: the scroller's size, or a screenful when it has none yet (no layout:
 * hidden, or a test DOM), so the first rows are always in the document rather than none.
 */
export const observeScrollerRect: typeof observeElementRect<HTMLDivElement> = (
  instance,
  callback,
) =>
  observeElementRect(instance, (rect) =>
    callback(
      rect.height > 0 ? rect : { width: rect.width, height: window.innerHeight || fallbackHeight },
    ),
  )

/**
 * The size a list's scroller is taken to have before it is measured: `share` of the window's
 * height (the scroller's CSS cap). The rows in view then render with the list itself, in React's
 * time-sliced first render, rather than in a synchronous second render after the scroller is
 * measured in the commit.
 */
export function initialScrollerRect(share: number): { width: number; height: number } {
  if (typeof window === 'undefined') return { width: 0, height: fallbackHeight * share }
  return {
    width: window.innerWidth,
    height: Math.round((window.innerHeight || fallbackHeight) * share),
  }
}
