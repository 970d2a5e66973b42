import { yieldToPage } from './yield-to-page'

/** Past this, a frame that does not come (the page hidden meanwhile) is waited for no longer. */
const frameWaitMs = 100

/**
 * Resolves in a task after the page's next frame, so what was rendered before it is on screen.
 * A hidden page paints nothing: it resolves after a turn of the event loop.
 */
export function afterNextPaint(): Promise<void> {
  if (typeof requestAnimationFrame === 'undefined' || document.visibilityState === 'hidden')
    return yieldToPage()
  return new Promise((resolve) => {
    const timer = setTimeout(finish, frameWaitMs)
    const frame = requestAnimationFrame(finish)
    function finish() {
      clearTimeout(timer)
      // Gone when the page's window is (a test's environment torn down before the timer fires).
      if (typeof cancelAnimationFrame === 'function') cancelAnimationFrame(frame)
      void yieldToPage().then(resolve)
    }
  })
}
