import { expect, test, type Page } from '@playwright/test'
import { holdRequests } from './hold-requests'
import { expectNoShift, recordShifts } from './layout-shift-watch'
import { nginxHeaders, recordViolations } from './docs-snippets'
import { serveBuild } from './serve-build'
import { type StaticServer } from '../../scripts/lib/static-server.mjs'

// A real feed served with the documented Content-Security-Policy: on a reload, the page paints the
// last first screen this browser kept, before any of the app's own code has run.
let server: StaticServer

test.beforeAll(async () => {
  server = await serveBuild({ headers: nginxHeaders() })
})
test.afterAll(async () => server?.close())

const snapshot = (page: Page) => page.locator('#first-screen-snapshot')
const wall = (page: Page) => page.getByRole('region', { name: 'Quote wall' })

/** The page as it is left: every panel in, the quote markers too. */
async function loadAndLeave(page: Page) {
  await page.addInitScript(recordViolations)
  await page.goto(server.url)
  await expect(wall(page).getByText('12 of 12 quotes')).toBeVisible()
  await expect(page.getByRole('banner').getByText(/updated \d+ s ago/)).toBeVisible()
  await expect(page.locator('#root [data-loading]')).toHaveCount(0)
}

/** Holds the app's own code (its boot chunk) until released. */
const holdApp = (page: Page) => holdRequests(page, '**/assets/boot-*.js')

test('a reload paints the last screen before the app has run, marked cached, and the app takes over without a shift', async ({
  page,
}) => {
  await loadAndLeave(page)
  const timelineScroll = await page
    .getByRole('list', { name: /in time order/ })
    .locator('..')
    .evaluate((scroller) => scroller.scrollTop)

  // What the kept screen holds in the frame it is first painted in.
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      const shown = document.getElementById('first-screen-snapshot')
      if (!shown) return
      observer.disconnect()
      Object.assign(window, {
        __firstFrame: {
          words: shown.textContent?.includes('12 of 12 quotes') ?? false,
          charts: shown.querySelectorAll('.recharts-surface').length,
          boxes: shown.querySelectorAll('[data-snap-later]').length,
        },
      })
    })
    observer.observe(document, { childList: true, subtree: true })
  })
  // Every shift of the reload: the kept screen's charts filling in, then the app taking over.
  await recordShifts(page)
  const app = await holdApp(page)
  await page.reload()
  await expect.poll(() => app.held.length).toBeGreaterThan(0)
  // The app's code has not run, and the last screen is on view: quotes, charts, the timeline at now.
  await expect(snapshot(page)).toBeVisible()
  // Its words first; the charts in the frames after, into boxes that held their place.
  expect(
    await page.evaluate(() => (window as unknown as { __firstFrame: object }).__firstFrame),
  ).toEqual({
    words: true,
    charts: 0,
    boxes: 7,
  })
  await expect(snapshot(page).locator('.recharts-surface')).toHaveCount(7)
  await expect(snapshot(page).getByText(/^cached \d\d:\d\d \S+, refreshing…$/)).toBeVisible()
  await expect(snapshot(page).getByText('12 of 12 quotes')).toBeVisible()
  await expect(snapshot(page).locator('.recharts-surface').first()).toBeVisible()
  expect(
    await snapshot(page)
      .locator('[data-snap-scroll-top]')
      .evaluateAll((boxes) => boxes.map((box) => box.scrollTop)),
  ).toContain(timelineScroll)
  // A copy to look at, not to use: out of the tab order and of the accessibility tree.
  await expect(snapshot(page)).toHaveAttribute('aria-hidden', 'true')
  expect(await snapshot(page).evaluate((element) => (element as HTMLElement).inert)).toBe(true)
  await expect(page.locator('#root')).toBeHidden()

  await page.evaluate(() => {
    const target = window as unknown as { __shift: number }
    target.__shift = 0
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
        target.__shift += entry.value
    }).observe({ type: 'layout-shift' })
  })
  await app.release()
  await expect(snapshot(page)).toHaveCount(0)
  await expect(wall(page).getByText('12 of 12 quotes')).toBeVisible()
  await expect(page.getByRole('banner').getByText(/updated \d+ s ago/)).toBeVisible()
  const shift = await page.evaluate(() => (window as unknown as { __shift: number }).__shift)
  expect(shift).toBeLessThanOrEqual(0.02)
  await expectNoShift(page)
  expect(
    await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations),
  ).toEqual([])
})

test('a config.json that now names another feed never shows the kept screen', async ({ page }) => {
  await loadAndLeave(page)
  await page.route('**/talks/config.json', (route) =>
    route.fulfill({ json: { feedUrl: './feed/?v=2', refreshSeconds: 3600 } }),
  )
  const app = await holdApp(page)
  await page.reload()
  await expect.poll(() => app.held.length).toBeGreaterThan(0)
  // The start-up shell is painted only once the kept screen has been ruled out.
  await expect(page.getByRole('status', { name: 'Loading the timeline' })).toBeVisible()
  await expect(snapshot(page)).toHaveCount(0)
  await app.release()
  await expect(wall(page).getByText('12 of 12 quotes')).toBeVisible()
})

test('another URL of the same page never shows the kept screen', async ({ page }) => {
  await loadAndLeave(page)
  const app = await holdApp(page)
  await page.goto(`${server.url}?view=quotes`)
  await expect.poll(() => app.held.length).toBeGreaterThan(0)
  await expect(page.getByRole('status', { name: /^Loading/ }).first()).toBeVisible()
  await expect(snapshot(page)).toHaveCount(0)
})
