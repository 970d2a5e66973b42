import { expect, test, type Locator } from '@playwright/test'
import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { StaticServer } from '../../scripts/lib/static-server.mjs'
import { buildMultiMonthFeed, type MultiMonthFeed } from './multi-month-feed'
import { serveBuild } from './serve-build'

// A desk's feed of twenty instruments (test data, test/e2e/multi-month-feed.ts) on a phone: the
// comparison chart draws every % line on one plot. Each legend entry must key its own line (a piece
// of it, colour and dash, unlike every other entry's), and pointing at or focusing one must pick
// its line out of the others.
test.use({ serviceWorkers: 'block', viewport: { width: 390, height: 844 } })

let feed: MultiMonthFeed
let app: StaticServer

test.beforeAll(async () => {
  feed = buildMultiMonthFeed()
  app = await serveBuild({ config: { timeZone: 'Europe/London' }, feedDir: feed.dir })
})

test.afterAll(async () => {
  await app?.close()
  if (feed) rmSync(feed.dir, { recursive: true, force: true })
})

/** How an SVG line or path is drawn, as the browser paints it (theme variables resolved). */
const drawnStyle = (element: Locator) =>
  element.evaluate((el) => {
    const style = getComputedStyle(el)
    return `${style.stroke} ${style.strokeDasharray}`
  })

const opacityOf = (element: Locator) =>
  element.evaluate((el) => Number(getComputedStyle(el).opacity))

/** The feed's instruments, short name to id (the comparison's lines are marked with ids). */
function instrumentIds(): Map<string, string> {
  const doc = JSON.parse(readFileSync(join(feed.dir, 'markets.json'), 'utf8'))
  return new Map(doc.instruments.map((i: { id: string; shortName: string }) => [i.shortName, i.id]))
}

// Forced colours repaint the checkboxes (their accent colour goes): the swatches are the key there.
for (const look of ['light', 'dark', 'forced colours']) {
  test(`${look}: twenty legend entries, each keyed to its own line and unlike the others`, async ({
    page,
  }) => {
    if (look === 'forced colours') await page.emulateMedia({ forcedColors: 'active' })
    await page.goto(`${app.url}?theme=${look === 'dark' ? 'dark' : 'light'}#markets`)
    const chart = page.getByRole('region', { name: /^All instruments rebased/ })
    const legend = chart.getByRole('group', { name: 'Instruments shown on the comparison chart' })
    const entries = legend.locator('label')
    await expect(entries).toHaveCount(20)
    const ids = instrumentIds()
    const line = (name: string) => chart.locator(`[data-comparison-line="${ids.get(name)}"]`)

    const swatches = new Set<string>()
    for (const entry of await entries.all()) {
      const box = entry.getByRole('checkbox')
      const name = (await entry.innerText()).trim()
      const swatch = entry.locator('svg line')
      await expect(swatch).toHaveCount(1)
      const style = await drawnStyle(swatch)
      swatches.add(style)
      // A line the % chart cannot draw (the yield) has its entry, disabled, and no line.
      if (await box.isDisabled()) continue
      await expect(line(name).locator('path')).toBeAttached()
      expect(await drawnStyle(line(name).locator('path')), name).toBe(style)
    }
    expect(swatches.size).toBe(20)
  })
}

test('pointing at or focusing a legend entry picks its line out of the others', async ({
  page,
}) => {
  await page.goto(`${app.url}#markets`)
  const chart = page.getByRole('region', { name: /^All instruments rebased/ })
  const legend = chart.getByRole('group', { name: 'Instruments shown on the comparison chart' })
  const ids = instrumentIds()
  const line = (name: string) => chart.locator(`[data-comparison-line="${ids.get(name)}"]`)
  await expect(line('AVGO')).toBeAttached()

  await legend.getByText('AVGO', { exact: true }).hover()
  await expect.poll(() => opacityOf(line('S&P 500'))).toBeLessThan(0.5)
  expect(await opacityOf(line('AVGO'))).toBe(1)
  const thickness = (name: string) =>
    line(name)
      .locator('path')
      .evaluate((el) => parseFloat(getComputedStyle(el).strokeWidth))
  expect(await thickness('AVGO')).toBeGreaterThan(await thickness('S&P 500'))
  // Drawn last: over every other line.
  const last = chart.locator('[data-comparison-line]').last()
  await expect(last).toHaveAttribute('data-comparison-line', ids.get('AVGO')!)

  await page.mouse.move(0, 0)
  await expect.poll(() => opacityOf(line('S&P 500'))).toBe(1)

  await legend.getByRole('checkbox', { name: 'Copper' }).focus()
  await expect.poll(() => opacityOf(line('AVGO'))).toBeLessThan(0.5)
  expect(await opacityOf(line('Copper'))).toBe(1)
})
