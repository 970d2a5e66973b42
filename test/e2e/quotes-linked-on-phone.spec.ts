import { expect, test, type Locator } from '@playwright/test'
import { rmSync } from 'node:fs'
import type { StaticServer } from '../../scripts/lib/static-server.mjs'
import { copyFixtures, serveBuild } from './serve-build'

// Test data: the demo feed with 30 generated quotes of about 350 characters, ten minutes apart, so
// the linked one (the 22nd row, newest first) sits far down a wall much taller than a phone's
// screen, and every row is taller than the list guesses before it measures them.
const count = 30
const text = (i: number) =>
  `Test quote ${i + 1}: we will keep talking, and we expect progress on every item. `.repeat(4)
let server: StaticServer
let dir = ''

test.beforeAll(async () => {
  const fixtures = copyFixtures('ttm-quotes-linked-phone-')
  dir = fixtures.dir
  fixtures.generate('quotes.json', 'quotes', count, (i) => ({
    id: `phone-quote-${i + 1}`,
    text: text(i),
    saidAt: new Date(Date.parse('2025-06-09T09:00:00Z') + i * 600_000).toISOString(),
  }))
  server = await serveBuild({ config: { timeZone: 'Europe/London' }, feedDir: dir })
})

test.afterAll(async () => {
  await server?.close()
  rmSync(dir, { recursive: true, force: true })
})

test.use({ viewport: { width: 390, height: 844 } })

/**
 * The row is wholly where the viewer sees it: in the window, inside the wall's own scroller, and
 * under the tabs and snapshot that stay at the top of a phone's page.
 */
function whollyInView(row: Locator) {
  return row.evaluate((element) => {
    const rect = element.getBoundingClientRect()
    const scroller = element.closest('ul')!.parentElement!.getBoundingClientRect()
    const tabs = document.querySelector('[role="tablist"]')!.parentElement!.getBoundingClientRect()
    const top = Math.max(0, scroller.top, tabs.bottom)
    const bottom = Math.min(window.innerHeight, scroller.bottom)
    return rect.top >= top - 1 && rect.bottom <= bottom + 1
  })
}

test('on a phone, a link to one quote opens the wall tab with that quote focused and wholly in view', async ({
  page,
}) => {
  await page.goto(`${server.url}?quote=phone-quote-9`)
  await expect(page.getByRole('tab', { name: 'Quotes' })).toHaveAttribute('aria-selected', 'true')
  const linked = page
    .getByRole('region', { name: 'Quote wall' })
    .locator('[data-quote-id="phone-quote-9"]')
  await expect(linked).toHaveAttribute('aria-current', 'true')
  await expect.poll(() => whollyInView(linked)).toBe(true)
  await expect(linked).toBeFocused()
})
