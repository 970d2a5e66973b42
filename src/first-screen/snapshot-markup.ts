/**
 * The page's markup made fit to keep and to paint again. Kept: no inline style attributes (the
 * documented Content-Security-Policy refuses them in parsed HTML; they are carried as data and set
 * through the style object, which it allows), no ids or references to them (the app's own root is
 * in the same document), no live regions, and each scrolled box's scroll position. Never painted:
 * anything that could run or load (scripts, frames, handlers), though React renders none: such
 * elements are left out when kept, and elements and handler attributes both are removed again
 * when the markup is read back, which is the copy painted.
 *
 * Parts the app marks `data-paint-later` (the charts) are kept apart, their boxes left empty at the
 * size they had: the copy paints its words first and those parts one per frame after.
 */

const references = [
  'id',
  'for',
  'aria-labelledby',
  'aria-describedby',
  'aria-controls',
  'aria-live',
]
const referenceSelector = references.map((name) => `[${name}]`).join(', ')
// What could run, or load from anywhere; the app renders none of it.
const unsafe = [
  'script, style, noscript, template, iframe, object, embed, link, meta, base',
  'img, picture, source, video, audio, track, image, input[type="image"]',
].join(', ')

/** Removes what could run or load, wherever it came from. */
function dropUnsafe(container: Element | DocumentFragment) {
  container.querySelectorAll(unsafe).forEach((part) => part.remove())
  for (const part of container.querySelectorAll('*'))
    for (const { name } of Array.from(part.attributes))
      if (name.startsWith('on') || name === 'srcdoc') part.removeAttribute(name)
}

const outOfView = (box: DOMRect) =>
  box.bottom <= 0 ||
  box.top >= window.innerHeight ||
  box.right <= 0 ||
  box.left >= window.innerWidth

/**
 * A control's state as the viewer left it, written into the copy's markup: React sets a select's
 * choice, a box's tick and a field's text as properties, which a copy of the elements does not
 * carry ("Your zone" would show for the zone the viewer chose).
 */
function keepFormState(original: Element, copy: Element) {
  if (original instanceof HTMLOptionElement) copy.toggleAttribute('selected', original.selected)
  else if (original instanceof HTMLInputElement) {
    if (original.type === 'checkbox' || original.type === 'radio')
      copy.toggleAttribute('checked', original.checked)
    else if (original.type !== 'file') copy.setAttribute('value', original.value)
  } else if (original instanceof HTMLTextAreaElement) copy.textContent = original.value
}

export type SnapshotMarkup = {
  html: string
  /** The inner markup of each part painted later, in the order of their `data-snap-later` index. */
  later: string[]
}

export function captureSnapshotMarkup(root: Element): SnapshotMarkup {
  const clone = root.cloneNode(true) as Element
  const live = root.querySelectorAll('*')
  const copies = clone.querySelectorAll('*')
  // Marked out of view, inside one, or SVG: nothing inside is marked.
  const settled = new Set<Element>()
  copies.forEach((copy, i) => {
    const original = live[i]
    if (!original) return
    let style = copy.getAttribute('style')
    if (!(original instanceof HTMLElement) || settled.has(original.parentElement!)) {
      settled.add(original)
    } else {
      // Out of view (below the fold, scrolled away in a panel): laid out and painted only if
      // scrolled to, at the size it had, so the copy paints sooner.
      const box = original.getBoundingClientRect()
      if (box.height > 0 && outOfView(box)) {
        settled.add(original)
        const size = `content-visibility:auto;contain-intrinsic-size:auto ${box.width}px auto ${box.height}px`
        style = style ? `${style};${size}` : size
      } else {
        if (original.scrollTop > 0)
          copy.setAttribute('data-snap-scroll-top', String(original.scrollTop))
        // Empty until painted, the box keeps its height.
        if (original.hasAttribute('data-paint-later')) {
          const height = `min-height:${box.height}px`
          style = style ? `${style};${height}` : height
        }
      }
    }
    if (style !== null) {
      copy.removeAttribute('style')
      copy.setAttribute('data-snap-style', style)
    }
    keepFormState(original, copy)
  })
  // Only the few elements that carry them are touched (the save runs while the page is left).
  // SVG ids stay: a chart's clip paths refer to them, and they are found in document order.
  for (const part of clone.querySelectorAll(referenceSelector))
    if (part instanceof HTMLElement) for (const name of references) part.removeAttribute(name)
  clone
    .querySelectorAll('[role="status"], [role="alert"]')
    .forEach((part) => part.removeAttribute('role'))
  clone.querySelectorAll(unsafe).forEach((part) => part.remove())
  // A dialog open when the page was left is not part of its screen.
  clone.querySelectorAll('dialog, [role="dialog"], [aria-modal="true"]').forEach((d) => d.remove())
  // Reading the browser's own serialization of what React rendered: feed text in it is escaped.
  const later: string[] = []
  for (const part of clone.querySelectorAll('[data-paint-later]')) {
    if (part.parentElement?.closest('[data-paint-later]')) continue
    part.setAttribute('data-snap-later', String(later.length))
    // eslint-disable-next-line no-restricted-syntax
    later.push(part.innerHTML)
    part.replaceChildren()
  }
  // eslint-disable-next-line no-restricted-syntax
  return { html: clone.innerHTML, later }
}

/**
 * Kept markup parsed in an inert template (nothing in it runs or loads), stripped of anything
 * unsafe again, and its styles set.
 */
export function parseKeptMarkup(html: string): DocumentFragment {
  const template = document.createElement('template')
  // Markup this page serialized (captureSnapshotMarkup), parsed inert and checked again below.
  // eslint-disable-next-line no-restricted-syntax
  template.innerHTML = html
  const fragment = template.content
  dropUnsafe(fragment)
  for (const part of fragment.querySelectorAll<HTMLElement | SVGElement>('[data-snap-style]'))
    // The app's inline styles never load anything (url()): a copy whose styles do was not kept here.
    if (!/url\(/i.test(part.dataset.snapStyle ?? ''))
      part.style.cssText = part.dataset.snapStyle ?? ''
  // Moved into this document, not copied.
  const adopted = document.createDocumentFragment()
  adopted.append(...fragment.childNodes)
  return adopted
}

/** The kept screen's markup (its later parts apart), its refresh status reading `statusText`. */
export function parseSnapshotMarkup(html: string, statusText: string): DocumentFragment {
  const fragment = parseKeptMarkup(html)
  const status = fragment.querySelector('[data-refresh-status]')?.firstElementChild
  if (status) {
    status.className = 'inline-block min-w-[11rem] tabular-nums'
    status.textContent = statusText
  }
  return fragment
}

/** Scrolls each kept scroller back to where it was (once the element is in the document). */
export function restoreScrollPositions(element: Element) {
  for (const part of element.querySelectorAll<HTMLElement>('[data-snap-scroll-top]'))
    part.scrollTop = Number(part.dataset.snapScrollTop)
}
