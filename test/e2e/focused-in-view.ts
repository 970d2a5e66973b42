import type { Page } from '@playwright/test'

/**
 * How much of the focused element shows (0 to 1): inside the window and every element that
 * clips it, below the sticky bars over it (a phone's tabs and snapshot, a panel's header). With
 * `ring`, of its focus outline (the element grown by the outline's width and offset): 1 when the
 * whole ring shows.
 */
export function focusedShown(page: Page, { ring = false } = {}): Promise<number> {
  return page.evaluate((ring) => {
    const focused = document.activeElement
    if (!(focused instanceof HTMLElement) || focused === document.body) return 0
    const box = focused.getBoundingClientRect()
    const style = getComputedStyle(focused)
    const grow = ring ? parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset) : 0
    const rect = { top: box.top - grow, bottom: box.bottom + grow, height: box.height + 2 * grow }
    let top = 0
    let bottom = window.innerHeight
    for (let box = focused.parentElement; box; box = box.parentElement) {
      if (getComputedStyle(box).overflowY === 'visible') continue
      const clip = box.getBoundingClientRect()
      top = Math.max(top, clip.top)
      bottom = Math.min(bottom, clip.bottom)
    }
    for (const bar of document.querySelectorAll<HTMLElement>('header, [role="tablist"]')) {
      const stuck = bar.closest<HTMLElement>('.sticky, [class*="sticky"]') ?? bar
      if (getComputedStyle(stuck).position !== 'sticky' || stuck.contains(focused)) continue
      const barRect = stuck.getBoundingClientRect()
      if (barRect.height > 0 && barRect.top <= top + 1 && barRect.bottom > top) top = barRect.bottom
    }
    const shown = Math.min(rect.bottom, bottom) - Math.max(rect.top, top)
    return Math.max(0, shown) / rect.height
  }, ring)
}
