/**
 * Resolves once the page's first contentful paint is on screen (presented, not only committed:
 * code loaded sooner would compete with its raster), or after `timeoutMs` in case it never comes.
 * A hidden page paints nothing: it resolves at once.
 */
export function firstContentPainted(timeoutMs: number): Promise<void> {
  return new Promise((done) => {
    if (document.visibilityState === 'hidden' || !('PerformanceObserver' in window)) return done()
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return
      finish()
    })
    const timer = setTimeout(finish, timeoutMs)
    function finish() {
      observer.disconnect()
      clearTimeout(timer)
      done()
    }
    observer.observe({ type: 'paint', buffered: true })
  })
}
