import { loadingInView } from './loading-in-view'

/**
 * Calls `done` once `container` has content and nothing in it is loading in view (checked in the
 * frame after each change; `extras` as in loadingInView), or after `maxWaitMs` whatever still is.
 * Returns a function that stops watching without calling `done`.
 */
export function whenSettled(
  container: Element,
  maxWaitMs: number,
  done: () => void,
  extras = true,
): () => void {
  let frame = 0
  const settled = () => container.firstElementChild !== null && !loadingInView(container, extras)
  const observer = new MutationObserver(() => {
    frame ||= requestAnimationFrame(() => {
      frame = 0
      if (settled()) finish()
    })
  })
  const timer = setTimeout(finish, maxWaitMs)
  function stop() {
    observer.disconnect()
    clearTimeout(timer)
    if (frame) cancelAnimationFrame(frame)
  }
  function finish() {
    stop()
    done()
  }
  observer.observe(container, {
    childList: true,
    subtree: true,
    attributeFilter: ['aria-busy', 'data-loading'],
  })
  return stop
}
