import { expect, type Page } from '@playwright/test'

declare global {
  interface Window {
    __shifts: { value: number; sources: string[] }[]
  }
}

/** Records every layout shift not caused by input, from the page's start. */
export async function recordShifts(page: Page) {
  await page.addInitScript(() => {
    window.__shifts = []
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number
        hadRecentInput: boolean
        sources: { node: Node | null }[]
      })[]) {
        if (entry.hadRecentInput) continue
        window.__shifts.push({
          value: entry.value,
          sources: entry.sources.map((s) =>
            s.node instanceof Element
              ? `${s.node.tagName}.${s.node.className}`
              : String(s.node?.nodeName),
          ),
        })
      }
    }).observe({ type: 'layout-shift', buffered: true })
  })
}

/** The shifts' sum, once the frames after the last change are reported. */
export async function expectNoShift(page: Page) {
  // Layout shifts are reported after the frame that made them: wait for two more frames.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  )
  const shifts = await page.evaluate(() => window.__shifts)
  const total = shifts.reduce((sum, shift) => sum + shift.value, 0)
  expect(total, JSON.stringify(shifts, null, 1)).toBeLessThanOrEqual(0.02)
}

/** Starts the count afresh (after the frames already drawn are reported): shifts from here on. */
export async function forgetShifts(page: Page) {
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  )
  await page.evaluate(() => (window.__shifts = []))
}
