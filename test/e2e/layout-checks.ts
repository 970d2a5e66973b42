import { expect, type Locator, type Page } from '@playwright/test'

/** Element boxes the desk tests judge, measured in the page. */
export type DeskBoxes = {
  viewport: { width: number; height: number }
  page: { scrollWidth: number; scrollHeight: number }
  regions: Record<
    'timeline' | 'quotes' | 'markets',
    { x: number; y: number; right: number; bottom: number } | null
  >
  snapshot: { y: number; bottom: number } | null
  /** Chart cards in the markets region wholly on screen (inside the region's visible box). */
  chartsOnScreen: number
  /** Text cut short: wider than its box with overflow hidden, or reaching outside its region. */
  clipped: string[]
}

/** Measures the desk: regions, snapshot, charts on screen, clipped text. */
export function measureDesk(page: Page): Promise<DeskBoxes> {
  return page.evaluate(() => {
    const box = (el: Element | null) => {
      if (!el || el.getClientRects().length === 0) return null
      const r = el.getBoundingClientRect()
      return { x: r.x, y: r.y, right: r.right, bottom: r.bottom }
    }
    const width = window.innerWidth
    const height = window.innerHeight
    const region = (name: string) => document.getElementById(`region-${name}`)
    const markets = region('markets')
    const marketsBox = markets?.getBoundingClientRect()
    const chartsOnScreen = [...(markets?.querySelectorAll('article') ?? [])].filter((card) => {
      const r = card.getBoundingClientRect()
      return (
        marketsBox &&
        r.height > 0 &&
        r.top >= marketsBox.top - 1 &&
        r.bottom <= Math.min(marketsBox.bottom, height) + 1 &&
        card.querySelector('.recharts-surface')
      )
    }).length

    // Whether a box between `el` and `scope` hides overflow (not a scroller) and `r` leaves it. A
    // box that marks its cut with an ellipsis shows it: from there on, that box must be whole.
    const cutByAncestor = (el: Element, r: DOMRect, scope: Element) => {
      for (let at = el.parentElement; at && at !== scope; at = at.parentElement) {
        const { overflowX, overflowY, textOverflow } = getComputedStyle(at)
        const hides = (o: string) => o === 'hidden' || o === 'clip'
        const box = at.getBoundingClientRect()
        if (textOverflow === 'ellipsis') {
          r = box
          continue
        }
        if (!hides(overflowX) && !hides(overflowY)) continue
        if (
          (hides(overflowX) && (r.right > box.right + 1 || r.left < box.left - 1)) ||
          (hides(overflowY) && (r.bottom > box.bottom + 1 || r.top < box.top - 1))
        )
          return true
      }
      return false
    }
    // Every element with text of its own that is on screen, in the snapshot band or a region.
    const clipped: string[] = []
    const scopes = [
      document.querySelector('[aria-label="Market snapshot"]'),
      region('timeline'),
      region('quotes'),
      markets,
    ]
    for (const scope of scopes) {
      if (!scope) continue
      const scopeBox = scope.getBoundingClientRect()
      for (const el of scope.querySelectorAll<HTMLElement>('*')) {
        const ownText = [...el.childNodes].some(
          (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '',
        )
        if (!ownText || el.getClientRects().length === 0) continue
        const r = el.getBoundingClientRect()
        if (r.bottom < 0 || r.top > height || r.bottom < scopeBox.top || r.top > scopeBox.bottom)
          continue
        const style = getComputedStyle(el)
        // Screen-reader-only text is clipped on purpose.
        if (style.position === 'absolute' && r.width <= 1 && r.height <= 1) continue
        const cut =
          (el.scrollWidth > el.clientWidth + 1 && style.overflowX !== 'visible') ||
          (el.scrollHeight > el.clientHeight + 1 && style.overflowY === 'hidden')
        const outside = r.right > scopeBox.right + 1 || r.left < scopeBox.left - 1
        if (cut || outside || cutByAncestor(el, r, scope))
          clipped.push(
            `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 50)}"${outside ? ' (outside its region)' : ''}`,
          )
      }
    }
    return {
      viewport: { width, height },
      page: {
        scrollWidth: document.documentElement.scrollWidth,
        scrollHeight: document.documentElement.scrollHeight,
      },
      regions: {
        timeline: box(region('timeline')),
        quotes: box(region('quotes')),
        markets: box(markets),
      },
      snapshot: box(document.querySelector('[aria-label="Market snapshot"]')),
      chartsOnScreen,
      clipped,
    }
  })
}

/** The three regions and the snapshot are on the first screen, and the page itself does not scroll. */
export function expectWholeDesk(boxes: DeskBoxes) {
  const { width, height } = boxes.viewport
  expect(boxes.page.scrollHeight, 'the page does not scroll').toBeLessThanOrEqual(height)
  expect(boxes.page.scrollWidth, 'nothing reaches past the right edge').toBeLessThanOrEqual(width)
  for (const [name, r] of Object.entries(boxes.regions)) {
    expect(r, `${name} shown`).not.toBeNull()
    expect(r!.x, `${name} left`).toBeGreaterThanOrEqual(0)
    expect(r!.right, `${name} right`).toBeLessThanOrEqual(width)
    expect(r!.bottom, `${name} bottom`).toBeLessThanOrEqual(height)
    expect(r!.right - r!.x, `${name} width`).toBeGreaterThanOrEqual(200)
    expect(r!.bottom - r!.y, `${name} height`).toBeGreaterThanOrEqual(height / 2)
  }
  expect(boxes.snapshot, 'snapshot shown').not.toBeNull()
  expect(boxes.snapshot!.bottom).toBeLessThanOrEqual(height)
}

/**
 * The text cut short in a list's items: each box that clips, narrower than what it holds (screen-
 * reader text, 1 px wide, aside). `exceptTitled`: a box with a tooltip, which holds the whole, may.
 */
export function cutText(list: Locator, { exceptTitled = false } = {}): Promise<(string | null)[]> {
  return list
    .getByRole('listitem')
    .evaluateAll(
      (cells, exceptTitled) =>
        cells.flatMap((cell) =>
          [...cell.querySelectorAll<HTMLElement>('*')]
            .filter(
              (el) =>
                el.clientWidth > 1 &&
                getComputedStyle(el).overflowX !== 'visible' &&
                el.scrollWidth > el.clientWidth + 1 &&
                !(exceptTitled && el.hasAttribute('title')),
            )
            .map((el) => el.textContent),
        ),
      exceptTitled,
    )
}
