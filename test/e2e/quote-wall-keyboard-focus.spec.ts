import { expect, test, type Locator } from '@playwright/test'
import { rmSync } from 'node:fs'
import type { StaticServer } from '../../scripts/lib/static-server.mjs'
import { copyFixtures, serveBuild } from './serve-build'
import { settled } from './page-ready'

// Test data: the demo feed with 18 quotes of about 350 characters (under the 400 that fold a
// quote), so that on the 1366 px desk the wall's narrow column makes every row taller than the
// list guesses before it measures them. The keyboard user's focus must survive that measuring. On a
// phone the wall is much taller than the screen, and a linked quote far down it.
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

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  /**
   * The row is wholly where the viewer sees it: in the window, inside the wall's own scroller, and
   * under the tabs and snapshot that stay at the top of a phone's page.
   */
  const whollyInView = (row: Locator) =>
    row.evaluate((element) => {
      const rect = element.getBoundingClientRect()
      const scroller = element.closest('ul')!.parentElement!.getBoundingClientRect()
      const tabs = document
        .querySelector('[role="tablist"]')!
        .parentElement!.getBoundingClientRect()
      const top = Math.max(0, scroller.top, tabs.bottom)
      const bottom = Math.min(window.innerHeight, scroller.bottom)
      return rect.top >= top - 1 && rect.bottom <= bottom + 1
    })

  test('a link to one quote opens the wall tab with that quote focused and wholly in view', async ({
    page,
  }) => {
    await page.goto(`${server.url}?quote=focus-quote-9`)
    await expect(page.getByRole('tab', { name: 'Quotes' })).toHaveAttribute('aria-selected', 'true')
    const linked = wall(page).locator('[data-quote-id="focus-quote-9"]')
    await expect(linked).toHaveAttribute('aria-current', 'true')
    await expect.poll(() => whollyInView(linked)).toBe(true)
    await expect(linked).toBeFocused()
  })
})
