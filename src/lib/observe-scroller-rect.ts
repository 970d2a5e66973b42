import { observeElementRect } from '@tanstack/react-virtual'

/**
 * For a virtualized list: the scroller's size, or a screenful when it has none yet (no layout:
 * hidden, or a test DOM), so the first rows are always in the document rather than none.
 */
export const observeScrollerRect: typeof observeElementRect<HTMLDivElement> = (
  instance,
  callback,
) =>
  observeElementRect(instance, (rect) =>
    callback(rect.height > 0 ? rect : { width: rect.width, height: window.innerHeight || 800 }),
  )
