import { expect, test } from '@playwright/test'

// The first screen holds still while the feed arrives: the start-up frame reserves the header's
// and the briefing's rows, so a longer title, a Demo badge or briefing parts arriving one by one
// never push the page down or across (issue 15: cumulative layout shift at most 0.02).

declare global {
  interface Window {
    __shifts: { value: number; sources: string[] }[]
  }
}

for (const [width, height] of [
  [1280, 720],
  [1440, 900],
  [1920, 1080],
] as const) {
  test(`${width}x${height}: the page does not shift while the feed loads`, async ({ page }) => {
    await page.setViewportSize({ width, height })
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
    await page.goto('./?tz=Europe/London')
    // Loaded: no skeleton left, the briefing's parts and the charts drawn.
    await expect(page.getByRole('status', { name: /^Loading/ })).toHaveCount(0)
    await expect(page.getByRole('group', { name: 'Market moves' })).not.toContainText('loading')
    await expect(page.locator('#region-markets .recharts-surface').nth(1)).toBeVisible()
    // Layout shifts are reported after the frame that made them: wait for two more frames.
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    )
    const shifts = await page.evaluate(() => window.__shifts)
    const total = shifts.reduce((sum, shift) => sum + shift.value, 0)
    expect(total, JSON.stringify(shifts, null, 1)).toBeLessThanOrEqual(0.02)
  })
}
