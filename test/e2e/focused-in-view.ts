import type { Page } from '@playwright/test'

/**
 * How much of the focused element shows (0 to 1): inside the window and every element that
 * clips it, below the sticky bars over it (a phone's tabs and snapshot, a panel's header).
 */
export function focusedShown(page: Page): Promise<number> {
  return page.evaluate(() => {
    const focused = document.activeElement
    if (!(focused instanceof HTMLElement) || focused === document.body) return 0
    const rect = focused.getBoundingClientRect()
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
  })
}
