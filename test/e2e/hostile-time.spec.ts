import { expect, test, type Page } from '@playwright/test'
import { serveBuild } from './serve-build'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { type StaticServer } from '../../scripts/lib/static-server.mjs'
import { watchPage } from './page-guards'
import { demoInstruments } from './demo-instruments'

// A freeze took 81 s before the fix; on a busy machine a normal task stretches too, so the bound
// stretches with the measured speed (scripts/lib/time-scale.mjs).
const longTaskLimitMs = 2_000 * Number(process.env.TTM_TIME_SCALE ?? 1)

// Timestamps that froze the tab on main: a replay moment in 9999 (160 s unresponsive, then a
// crash), and series points dated 2125, 9999 and ten years ahead (31 s to 129 s, lost charts).

const instruments = demoInstruments

/** The longest main-thread task since the page started, in ms (Long Tasks API). */
async function recordLongTasks(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __longest: number }
    w.__longest = 0
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longest = Math.max(w.__longest, entry.duration)
    }).observe({ type: 'longtask', buffered: true })
  })
  return () => page.evaluate(() => (window as unknown as { __longest: number }).__longest)
}

/** The page's JS heap after a full garbage collection, in MB (Chromium DevTools protocol). */
async function heapAfterGcMb(page: Page) {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  await cdp.detach()
  return Math.round(usedSize / 1024 / 1024)
}

async function expectEveryChart(page: Page) {
  const markets = page.getByRole('region', { name: 'Market reaction' })
  await page.getByRole('list', { name: 'Market snapshot' }).scrollIntoViewIfNeeded()
  for (const name of instruments) {
    const card = markets.getByRole('article', { name })
    await card.scrollIntoViewIfNeeded()
    await expect(card.locator('.recharts-surface')).toBeVisible()
  }
  return markets
}

test('?asof= in the year 9999 is brought back to 2100: the markets draw at once, no crash', async ({
  page,
  baseURL,
}) => {
  const watched = watchPage(page, new URL(baseURL!).origin)
  const longest = await recordLongTasks(page)
  await page.goto('./?asof=9999-12-31T23:59:59%2B14:00&view=markets')
  const markets = await expectEveryChart(page)
  await expect(markets.getByText(/Something went wrong|Expected a date/)).toHaveCount(0)
  const ms = await longest()
  test.info().annotations.push({ type: 'longest task (ms)', description: String(Math.round(ms)) })
  console.log(`longest task: ${Math.round(ms)} ms, heap after GC: ${await heapAfterGcMb(page)} MB`)
  // On main the longest task was 81,000 ms.
  expect(ms).toBeLessThan(longTaskLimitMs)
  expect(watched.consoleErrors).toEqual([])
})

test.describe('series points dated far away', () => {
  test.use({ serviceWorkers: 'block' })
  let server: StaticServer
  let dir: string

  test.beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ttm-far-off-'))
    cpSync(resolve('mocks/fixtures'), dir, { recursive: true })
    const append = (id: string, ...points: { t: string; v: number }[]) => {
      const path = join(dir, 'series', `${id}.json`)
      const series = JSON.parse(readFileSync(path, 'utf8'))
      series.points.push(...points)
      writeFileSync(path, JSON.stringify(series))
    }
    append('spx', { t: '2125-06-09T20:00:00Z', v: 6001 })
    append('ixic', { t: '9999-12-31T23:59:59+14:00', v: 19000 })
    append(
      'hstech',
      { t: '2035-06-09T08:00:00Z', v: 5000 },
      { t: '0001-01-01T00:00:00-23:59', v: 5000 },
    )
    server = await serveBuild({ config: { timeZone: 'Europe/London' }, feedDir: dir })
  })

  test.afterAll(async () => {
    await server?.close()
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  test('are dropped with a note on their card; every chart draws without a long freeze', async ({
    page,
  }) => {
    const watched = watchPage(page, server.origin)
    const longest = await recordLongTasks(page)
    await page.goto(`${server.url}?view=markets`)
    const markets = await expectEveryChart(page)
    const spx = markets.getByRole('article', { name: 'S&P 500' })
    await expect(spx.getByText('1 point could not be read and is not shown')).toBeVisible()
    await spx.getByText('1 point could not be read').click()
    await expect(
      spx.getByText(/far-off time "2125-06-09T20:00:00Z": 100 years from the series' other points/),
    ).toBeVisible()
    await expect(
      markets
        .getByRole('article', { name: 'Nasdaq Composite' })
        .getByText('1 point could not be read'),
    ).toBeVisible()
    await expect(
      markets
        .getByRole('article', { name: 'Hang Seng Tech Index' })
        .getByText('2 points could not be read'),
    ).toBeVisible()
    // The axis still reads as hours of the round, not centuries.
    await expect(spx.locator('.recharts-xAxis-tick-labels text').first()).toHaveText(/\d\d:\d\d/)
    const ms = await longest()
    test.info().annotations.push({ type: 'longest task (ms)', description: String(Math.round(ms)) })
    console.log(
      `longest task: ${Math.round(ms)} ms, heap after GC: ${await heapAfterGcMb(page)} MB`,
    )
    expect(ms).toBeLessThan(longTaskLimitMs)
    expect(watched.consoleErrors).toEqual([])
  })
})
