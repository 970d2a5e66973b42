/**
 * Focuses `element` and scrolls the page to it, now if it can take the focus, else once it can:
 * a phone lays the page out hidden until it has settled (and keeps other tabs' regions hidden),
 * and a hidden element refuses the focus. It then waits for an element around it to change its
 * `style`, `class` or `hidden`, and takes the focus only if no other element has taken it since.
 * Returns a function that stops waiting.
 */
export function focusWhenShown(element: HTMLElement): () => void {
  if (tryFocus(element)) return () => {}
  const observer = new MutationObserver((mutations) => {
    if (!element.isConnected) return observer.disconnect()
    if (!mutations.some((m) => m.target instanceof Node && m.target.contains(element))) return
    if (!focusIsFree()) return observer.disconnect()
    if (tryFocus(element)) observer.disconnect()
  })
  observer.observe(document.documentElement, {
    subtree: true,
    attributes: true,
    attributeFilter: ['style', 'class', 'hidden'],
  })
  return () => observer.disconnect()
}

function tryFocus(element: HTMLElement): boolean {
  element.focus()
  return document.activeElement === element
}

/** Nothing holds the focus: the viewer has not moved it while the element was hidden. */
function focusIsFree(): boolean {
  const active = document.activeElement
  return active === null || active === document.body
}
