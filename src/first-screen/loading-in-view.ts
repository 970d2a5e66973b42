/**
 * Whether anything inside `container` is still loading where the viewer can see it: a skeleton, a
 * "Loading…" line (both marked `data-loading`) or a busy region within the viewport. Parts below the
 * fold (charts that mount when scrolled to) do not count. Without `extras`, neither do parts marked
 * `data-loading="extra"`: what is shown is whole without them (the timeline's quote markers).
 */
export function loadingInView(container: Element, extras = true): boolean {
  const parts = container.querySelectorAll(
    extras
      ? '[data-loading], [aria-busy="true"]'
      : '[data-loading]:not([data-loading="extra"]), [aria-busy="true"]',
  )
  for (const part of parts) {
    const box = part.getBoundingClientRect()
    if (box.width === 0 && box.height === 0) continue
    if (box.bottom > 0 && box.top < window.innerHeight) return true
  }
  return false
}
