import { expect, test, type Page } from '@playwright/test'
import { rmSync } from 'node:fs'
import type { StaticServer } from '../../scripts/lib/static-server.mjs'
import { copyFixtures, serveBuild } from './serve-build'
import { nextFrame, settled } from './page-ready'
import { focusedShown } from './focused-in-view'

// Test data: the demo feed with 400 generated quotes. The wall's own scroller is taller than what
// shows of it: on the desk its region scrolls (the search, filters and count above the list), on a
// phone the page does. A quote moved to with the keys must come into view in those too, not only
// in the list's own scroller.
const count = 400
let server: StaticServer
let dir = ''

test.use({ serviceWorkers: 'block' })

test.beforeAll(async () => {
  const fixtures = copyFixtures('ttm-quote-keys-in-view-')
  dir = fixtures.dir
  fixtures.generate('quotes.json', 'quotes', count, (i) => ({
    id: `keys-quote-${i + 1}`,
    text: `Generated quote ${i + 1} (test data): we expect progress on every item of the agenda.`,
  }))
  server = await serveBuild({ config: { timeZone: 'Europe/London' }, feedDir: dir })
})

test.afterAll(async () => {
  await server?.close()
  rmSync(dir, { recursive: true, force: true })
})

/** The wall on a phone: its tab chosen once the page has settled. */
async function openQuotesOnPhone(page: Page) {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto(server.url)
  await settled(page, { charts: false })
  await page.getByRole('tab', { name: 'Quotes' }).click()
}

async function walkTheWall(page: Page) {
  const wall = page.getByRole('region', { name: 'Quote wall' })
  const rows = wall.getByRole('list', { name: 'Quotes' }).locator('li[data-quote-id]')
  await rows.first().focus()
  // Down one quote at a time past the bottom of what shows, then to the end.
  for (const key of ['ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown', 'End']) {
    await page.keyboard.press(key)
    await expect.poll(() => focusedShown(page), `after ${key}`).toBeGreaterThan(0.95)
    // Its focus ring too: a row scrolled flush with the list's edge had its ring cut off there.
    await expect
      .poll(() => focusedShown(page, { ring: true }), `ring after ${key}`)
      .toBeGreaterThan(0.995)
  }
  await expect(page.locator(':focus')).toHaveAttribute('aria-posinset', String(count))
}

test('on the desk, the quote the keys move to is in view, the region scrolled to it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  await page.goto(server.url)
  await settled(page)
  await walkTheWall(page)
})

test('on a phone, the quote the keys move to is in view, the page scrolled to it', async ({
  page,
}) => {
  await openQuotesOnPhone(page)
  await walkTheWall(page)
})

test('on a phone, End, Up, Home and Page Down leave the quote moved to in view', async ({
  page,
}) => {
  await openQuotesOnPhone(page)
  const wall = page.getByRole('region', { name: 'Quote wall' })
  await wall.getByRole('list', { name: 'Quotes' }).locator('li[data-quote-id]').first().focus()
  // Page Down lands on rows not measured yet (taller than estimated), which once measured pushed
  // the row moved to below the list's foot.
  const keys = ['End', 'ArrowUp', 'ArrowUp', 'PageDown', 'Home', 'PageDown', 'PageDown', 'PageUp']
  // Measured two frames on, once the rows the key brought in have been measured.
  const shownOnceMeasured = async () => {
    await nextFrame(page)
    await nextFrame(page)
    return focusedShown(page)
  }
  for (const [i, key] of keys.entries()) {
    await page.keyboard.press(key)
    await expect.poll(shownOnceMeasured, `after ${keys.slice(0, i + 1)}`).toBeGreaterThan(0.95)
    await expect(page.locator(':focus')).toHaveAttribute('data-quote-id')
  }
})
