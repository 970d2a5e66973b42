import { expect, test, type Page } from '@playwright/test'
import type { StaticServer } from '../../scripts/lib/static-server.mjs'
import { serveBuild } from './serve-build'
import { settled } from './page-ready'

// A desktop window zoomed to 200% or 400% gets the phone layout in a short viewport. The tabs and
// the market snapshot stay at the top of a tall phone's screen while the page scrolls; on a short
// one they would leave little room to read (WCAG 1.4.10, reflow), so there they scroll away.
test.use({ serviceWorkers: 'block' })

let server: StaticServer

test.beforeAll(async () => {
  server = await serveBuild({ config: { timeZone: 'Europe/London' } })
})

test.afterAll(async () => server?.close())

/** The share of the viewport's height the tabs and the snapshot cover, once scrolled to the end. */
async function coveredAtTheEnd(page: Page) {
  await page.goto(server.url)
  const tabs = page.getByRole('tablist', { name: 'Regions' })
  const snapshot = page.getByRole('list', { name: 'Market snapshot' })
  await expect(snapshot).toBeVisible()
  await settled(page, { charts: false })
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0)
  const height = page.viewportSize()!.height
  const boxes = [(await tabs.boundingBox())!, (await snapshot.boundingBox())!]
  const top = Math.max(0, Math.min(...boxes.map((box) => box.y)))
  const bottom = Math.min(height, Math.max(...boxes.map((box) => box.y + box.height)))
  return Math.max(0, bottom - top) / height
}

const zooms = [
  { zoom: '200%', viewport: { width: 683, height: 384 }, deviceScaleFactor: 2 },
  { zoom: '400%', viewport: { width: 320, height: 256 }, deviceScaleFactor: 4 },
]

for (const { zoom, viewport, deviceScaleFactor } of zooms) {
  test.describe(`a desktop window at ${zoom} zoom`, () => {
    test.use({ viewport, deviceScaleFactor })

    test('scrolling leaves the screen to the content, not to the tabs and snapshot', async ({
      page,
    }) => {
      expect(await coveredAtTheEnd(page)).toBeLessThan(0.25)
    })
  })
}

test.describe('a tall phone', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  test('keeps the tabs and the snapshot in view while it scrolls', async ({ page }) => {
    const covered = await coveredAtTheEnd(page)
    expect(covered).toBeGreaterThan(0)
    await expect(page.getByRole('tablist', { name: 'Regions' })).toBeInViewport()
  })
})
