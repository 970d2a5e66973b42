import { expect, test, type Locator, type Page } from '@playwright/test'
import type { StaticServer } from '../../scripts/lib/static-server.mjs'
import { serveBuild } from './serve-build'
import { settled } from './page-ready'
import { focusedShown } from './focused-in-view'

// The bars that stick at the top of what scrolls (a phone's tabs and snapshot over the page, a
// panel's header over its region on the desk) hid the entry the keys moved to: the browser brings
// a focused element into its scroller's view, and under a sticky bar counted as in view. Test data:
// the demo feed.
let server: StaticServer

test.use({ serviceWorkers: 'block' })

test.beforeAll(async () => {
  server = await serveBuild({ config: { timeZone: 'Europe/London' } })
})

test.afterAll(async () => {
  await server?.close()
})

/**
 * Scrolls `scroller` (the page when null) so the list's top is `under` px under the foot of the
 * bar once it sticks.
 */
async function scrollListUnder(
  list: Locator,
  bar: Locator,
  under: number,
  scroller: string | null,
) {
  const listTop = (await list.boundingBox())!.y
  const stuckFoot = await bar.evaluate((element, id) => {
    const scrollerTop = id ? document.getElementById(id)!.getBoundingClientRect().top : 0
    const top = Number.parseFloat(getComputedStyle(element).top) || 0
    return scrollerTop + top + element.getBoundingClientRect().height
  }, scroller)
  await list
    .page()
    .evaluate(({ by, id }) => (id ? document.getElementById(id)! : window).scrollBy(0, by), {
      by: listTop - stuckFoot + under,
      id: scroller,
    })
}

async function pressAndSee(page: Page, keys: string[]) {
  for (const [i, key] of keys.entries()) {
    await page.keyboard.press(key)
    await expect
      .poll(() => focusedShown(page), `after ${keys.slice(0, i + 1)}`)
      .toBeGreaterThan(0.95)
  }
}

const timelineList = (page: Page) =>
  page
    .getByRole('region', { name: 'Timeline' })
    .getByRole('list', { name: 'Sessions, developments and quotes in time order' })

test('on a phone, the timeline entry the keys move to comes out from under the tabs', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto(server.url)
  await settled(page, { charts: false })
  await page.getByRole('tab', { name: 'Timeline' }).click()
  const list = timelineList(page)
  await list.locator('[data-roving-head][tabindex="0"]').focus()
  // Read on below the list ("On the table"): its top has gone under the tabs and the snapshot.
  const bar = page.getByRole('tablist', { name: 'Regions' }).locator('..')
  await scrollListUnder(list.locator('..'), bar, 100, null)
  await pressAndSee(page, ['ArrowUp', 'ArrowUp', 'ArrowUp', 'Home'])
})

test('on the desk, the timeline entry the keys move to comes out from under its header', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.goto(server.url)
  await settled(page)
  const list = timelineList(page)
  await list.locator('[data-roving-head][tabindex="0"]').focus()
  const header = page.locator('#timeline > header')
  await scrollListUnder(list.locator('..'), header, 20, 'region-timeline')
  await pressAndSee(page, ['Home', 'PageDown', 'Home'])
})
