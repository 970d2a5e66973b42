import { test, expect } from '@playwright/test'
import { expectNoShift, recordShifts } from './layout-shift-watch'

// The first screen holds still while the feed arrives: the start-up frame reserves the header's
// and the briefing's rows, so a longer title, a Demo badge or briefing parts arriving one by one
// never push the page down or across (issue 15: cumulative layout shift at most 0.02).

for (const [width, height] of [
  [1280, 720],
  [1440, 900],
  [1920, 1080],
] as const) {
  test(`${width}x${height}: the page does not shift while the feed loads`, async ({ page }) => {
    await page.setViewportSize({ width, height })
    await recordShifts(page)
    await page.goto('./?tz=Europe/London')
    // Loaded: no skeleton left, the briefing's parts and the charts drawn.
    await expect(page.getByRole('status', { name: /^Loading/ })).toHaveCount(0)
    await expect(page.getByRole('group', { name: 'Market moves' })).not.toContainText('loading')
    await expect(page.locator('#region-markets .recharts-surface').nth(1)).toBeVisible()
    await expectNoShift(page)
  })
}

// Below the desk breakpoint the page is one column: a title that wraps, the briefing and the
// snapshot's cards arriving above the tabs pushed the timeline down (0.24 at 390x844).
for (const [width, height, query] of [
  [390, 844, ''],
  [800, 600, ''],
  [800, 600, '&kiosk'],
] as const) {
  test(`${width}x${height}${query}: the one-column page does not shift while the feed loads`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height })
    await recordShifts(page)
    await page.goto(`./?tz=Europe/London${query}`)
    await expect(page.getByRole('status', { name: /^Loading/ })).toHaveCount(0)
    await expect(page.getByRole('tab', { name: 'Timeline' })).toBeVisible()
    await expect(page.getByText('6,005.88').first()).toBeVisible()
    await expect(page.locator('[data-now-line]')).toBeVisible()
    await expectNoShift(page)
  })
}

// One panel alone (an embed): the Demo badge arriving above the panel, and the panel's own parts
// filling in, moved it (0.014-0.058).
for (const [view, loaded] of [
  ['timeline', '[data-now-line]'],
  ['quotes', 'li[data-quote-id]'],
  ['markets', '#markets .recharts-surface >> nth=1'],
] as const) {
  for (const [width, height] of [
    [1440, 900],
    [800, 600],
  ] as const) {
    test(`?view=${view} at ${width}x${height}: the panel does not shift while the feed loads`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height })
      await recordShifts(page)
      await page.goto(`./?view=${view}&tz=Europe/London`)
      await expect(page.locator(loaded).first()).toBeVisible()
      await expect(page.getByRole('status', { name: /^Loading/ })).toHaveCount(0)
      await expectNoShift(page)
    })
  }
}
