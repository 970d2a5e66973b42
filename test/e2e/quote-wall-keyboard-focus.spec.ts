import { expect, test } from '@playwright/test'
import { rmSync } from 'node:fs'
import type { StaticServer } from '../../scripts/lib/static-server.mjs'
import { copyFixtures, serveBuild } from './serve-build'
import { settled } from './page-ready'

// Test data: the demo feed with 18 quotes of about 350 characters (under the 400 that fold a
// quote), so that on the 1366 px desk the wall's narrow column makes every row taller than the
// list guesses before it measures them. The keyboard user's focus must survive that measuring.
test.use({ serviceWorkers: 'block', viewport: { width: 1366, height: 768 } })

const text = (i: number) =>
  `Test quote ${i + 1}: we will keep talking, and we expect progress on every item. `.repeat(4)
let server: StaticServer
let dir = ''

test.beforeAll(async () => {
  const fixtures = copyFixtures('ttm-quote-wall-focus-')
  dir = fixtures.dir
  fixtures.generate('quotes.json', 'quotes', 18, (i) => ({
    id: `focus-quote-${i + 1}`,
    text: text(i),
    saidAt: new Date(Date.parse('2025-06-09T09:00:00Z') + i * 600_000).toISOString(),
  }))
  server = await serveBuild({ config: { timeZone: 'Europe/London' }, feedDir: dir })
})

test.afterAll(async () => {
  await server?.close()
  rmSync(dir, { recursive: true, force: true })
})

const wall = (page: import('@playwright/test').Page) =>
  page.getByRole('region', { name: 'Quote wall' })

test('End on the quote wall moves the focus to the last quote, never to the page', async ({
  page,
}) => {
  await page.goto(server.url)
  await settled(page)
  const quotes = wall(page).getByRole('list', { name: 'Quotes' })
  await quotes.getByRole('listitem').first().focus()
  await page.keyboard.press('End')
  const last = quotes.locator('[data-quote-id="focus-quote-1"]')
  await expect(last).toBeFocused()
  await expect(last).toBeInViewport()
  await page.keyboard.press('Home')
  await expect(quotes.locator('[data-quote-id="focus-quote-18"]')).toBeFocused()
})

test('a link to one quote opens with that quote focused on the desk', async ({ page }) => {
  await page.goto(`${server.url}?quote=focus-quote-9`)
  await settled(page)
  const linked = wall(page).locator('[data-quote-id="focus-quote-9"]')
  await expect(linked).toBeFocused()
  await expect(linked).toBeInViewport()
})

test('after scrolling the wall with the wheel, Tab still reaches the quotes', async ({ page }) => {
  await page.goto(server.url)
  await settled(page)
  const quotes = wall(page).getByRole('list', { name: 'Quotes' })
  await wall(page)
    .getByRole('button', { name: /as CSV/ })
    .focus()
  await quotes.getByRole('listitem').first().hover()
  await page.mouse.wheel(0, 4000)
  // Scrolled well past the first quote, which the list no longer needs to draw.
  await expect.poll(() => quotes.locator('..').evaluate((el) => el.scrollTop)).toBeGreaterThan(2000)
  await page.keyboard.press('Tab')
  await expect(quotes.locator('[data-quote-id="focus-quote-18"]')).toBeFocused()
})
