/**
 * Two frames on (the rows around it measured once the list has scrolled to it), the list's now
 * line brought into view, the page scrolled too where the list runs below the fold. Returns a
 * function that cancels it.
 */
export function nowLineIntoView(
  scroller: () => HTMLElement | null,
  block: ScrollLogicalPosition,
): () => void {
  let frame = requestAnimationFrame(() => {
    frame = requestAnimationFrame(() => {
      scroller()?.querySelector('[data-now-line]')?.scrollIntoView?.({ block })
    })
  })
  return () => cancelAnimationFrame(frame)
}
