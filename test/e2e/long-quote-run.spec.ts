import { expect, test } from '@playwright/test'
import { rmSync } from 'node:fs'
import type { StaticServer } from '../../scripts/lib/static-server.mjs'
import { copyFixtures, serveBuild } from './serve-build'

// Test data: the demo feed with ten quotes in a row after the talks (folded into one run in the
// timeline), the first of them 1,391 characters long. A run shows each quote on one line, cut.
test.use({ serviceWorkers: 'block', viewport: { width: 800, height: 600 } })

const longQuote = 'We will not accept terms that hurt our farmers. '.repeat(29).slice(0, 1391)
let server: StaticServer
let dir = ''

test.beforeAll(async () => {
  const fixtures = copyFixtures('ttm-long-quote-run-')
  dir = fixtures.dir
  fixtures.generate('quotes.json', 'quotes', 10, (i) => ({
    id: `run-quote-${i + 1}`,
    text: i === 0 ? longQuote : `Short quote ${i + 1}`,
    saidAt: new Date(Date.parse('2025-07-01T09:00:00Z') + i * 3_600_000).toISOString(),
  }))
  server = await serveBuild({ config: { timeZone: 'Europe/London' }, feedDir: dir })
})

test.afterAll(async () => {
  await server?.close()
  rmSync(dir, { recursive: true, force: true })
})

test('a very long quote in a run of quotes never makes the timeline scroll sideways', async ({
  page,
}) => {
  await page.goto(`${server.url}?view=timeline`)
  const list = page.getByRole('list', { name: 'Sessions, developments and quotes in time order' })
  const run = list.getByRole('list', { name: '10 quotes in a row' })
  await expect(run.getByRole('link', { name: /We will not accept terms/ })).toBeVisible()
  const scroller = list.locator('..')
  const { scrollWidth, clientWidth } = await scroller.evaluate((el) => ({
    scrollWidth: el.scrollWidth,
    clientWidth: el.clientWidth,
  }))
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth)
  // As a trackpad or Shift+wheel would: the list stays where it is.
  await scroller.evaluate((el) => el.scrollBy({ left: 500 }))
  expect(await scroller.evaluate((el) => el.scrollLeft)).toBe(0)
})

test('on paper, each quote of a run is printed whole, not cut to one line', async ({ page }) => {
  await page.goto(`${server.url}?view=timeline`)
  const run = page.getByRole('list', { name: '10 quotes in a row' })
  const first = run.getByRole('listitem').first()
  await expect(first.getByRole('link', { name: /We will not accept terms/ })).toBeVisible()
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')))
  await page.emulateMedia({ media: 'print' })
  // Cut, the line is as wide as the list and as high as one line; whole, it wraps.
  const { scrollWidth, clientWidth, height } = await first.evaluate((el) => ({
    scrollWidth: el.scrollWidth,
    clientWidth: el.clientWidth,
    height: el.getBoundingClientRect().height,
  }))
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth)
  expect(height).toBeGreaterThan(100)
})
