/**
 * How far an element's content runs past the right of its content box, in px, to a fraction of a
 * pixel: 0 when it fits. A fraction is enough for `text-overflow: ellipsis` to cut the end off
 * ("+0.1…"), and scrollWidth, rounded to whole pixels, hides up to about a pixel and a half of it.
 * Children taken out of the flow (hidden, or positioned as screen-reader text is) do not count.
 */
export function contentOverflow(element: HTMLElement): number {
  const rounded = element.scrollWidth - element.clientWidth
  if (rounded > 1) return rounded
  let right = -Infinity
  for (const node of element.childNodes) {
    if (node instanceof HTMLElement) {
      if (node.hidden || outOfFlow(node)) continue
      right = Math.max(right, node.getBoundingClientRect().right)
    } else if (node.nodeType === Node.TEXT_NODE && node.textContent) {
      const range = document.createRange()
      range.selectNodeContents(node)
      // A DOM without layout (a test's) has no box for a range.
      if (typeof range.getBoundingClientRect === 'function')
        right = Math.max(right, range.getBoundingClientRect().right)
    }
  }
  if (right === -Infinity) return 0
  const style = getComputedStyle(element)
  const boxRight =
    element.getBoundingClientRect().right -
    parseFloat(style.borderRightWidth) -
    parseFloat(style.paddingRight)
  return Math.max(0, right - boxRight)
}

function outOfFlow(element: HTMLElement): boolean {
  const { position } = getComputedStyle(element)
  return position === 'absolute' || position === 'fixed'
}
