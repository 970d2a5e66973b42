import { flushSync } from 'react-dom'

/** Reads of the layout waiting for the next frame. */
const waiting = new Set<() => void>()
let inLayoutFrame = false

/**
 * Whether the page is at the start of a frame, in `readLayoutInNextFrame`'s work: the layout
 * read here is the one the browser computes anyway before painting.
 */
export const isLayoutFrame = () => inLayoutFrame

/**
 * Runs `read` (which reads the layout and may set React state) at the start of the next frame,
 * with every other read waiting, in one sync render. Read in a commit instead, the layout is
 * computed in the middle of React's task, which with the page's first content (its first layout:
 * 100 ms and more at 1x) makes it one long task; in a frame it is the layout the browser does
 * before that frame's paint, which then shows the result. Nothing runs if the window is gone.
 */
export function readLayoutInNextFrame(read: () => void) {
  if (waiting.size === 0) {
    // A hidden page paints no frames (and may not for hours): its lists are measured in a task.
    const frames =
      typeof requestAnimationFrame === 'function' && document.visibilityState !== 'hidden'
    if (frames) requestAnimationFrame(readWaiting)
    else setTimeout(readWaiting, 0)
  }
  waiting.add(read)
}

/** Runs `read` now if the page is at the start of a frame, else at the start of the next one. */
export function readLayoutAtFrameStart(read: () => void) {
  if (inLayoutFrame) read()
  else readLayoutInNextFrame(read)
}

function readWaiting() {
  const reads = [...waiting]
  waiting.clear()
  if (typeof document === 'undefined') return
  inLayoutFrame = true
  try {
    flushSync(() => {
      for (const read of reads) {
        try {
          read()
        } catch (error) {
          // Reported as uncaught, without keeping the other lists from their layout.
          queueMicrotask(() => {
            throw error
          })
        }
      }
    })
  } finally {
    inLayoutFrame = false
  }
}
