/**
 * Whether anything inside `container` is still loading where the viewer can see it: a skeleton, a
 * "Loading…" line (both marked `data-loading`) or a busy region within the viewport. Parts below the
 * fold (charts that mount when scrolled to) do not count.
 */
export function loadingInView(container: Element): boolean {
  const parts = container.querySelectorAll('[data-loading], [aria-busy="true"]')
  for (const part of parts) {
    const box = part.getBoundingClientRect()
    if (box.width === 0 && box.height === 0) continue
    if (box.bottom > 0 && box.top < window.innerHeight) return true
  }
  return false
}
