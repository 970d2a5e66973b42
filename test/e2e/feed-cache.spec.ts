import { expect, test, type Page } from '@playwright/test'
import { holdRequests } from './hold-requests'
import { serveBuild } from './serve-build'
import { resolve } from 'node:path'
import { type StaticServer } from '../../scripts/lib/static-server.mjs'

// A real feed (static files beside the build): the browser keeps its last answers and paints them
// at once on the next visit, marked as a cached copy, then replaces them with the feed's.
let server: StaticServer

test.beforeAll(async () => {
  server = await serveBuild({
    config: { allowedFeeds: ['./feed2/'] },
    mounts: { 'feed2/': resolve('mocks/fixtures') },
  })
})
test.afterAll(async () => server?.close())

const wall = (page: Page) => page.getByRole('region', { name: 'Quote wall' })
const header = (page: Page) => page.getByRole('banner')

/**
 * Waits until the page has written its copy of `feedPath` to IndexedDB (it saves every 2 s at most)
 * with all six of the demo's series in it: a copy saved before the last series came would leave
 * that chart without data when the network is gone (seen once on a busy machine).
 */
async function cacheSaved(page: Page, feedPath: string) {
  const key = `ttm.feed-cache:${new URL(feedPath, server.url).href}`
  await expect
    .poll(() =>
      page.evaluate(
        (key) =>
          new Promise<number>((done) => {
            const open = indexedDB.open('keyval-store')
            open.onerror = () => done(0)
            open.onsuccess = () => {
              const db = open.result
              if (!db.objectStoreNames.contains('keyval')) return done(0)
              const read = db.transaction('keyval').objectStore('keyval').get(key)
              read.onsuccess = () => {
                const copy = typeof read.result === 'string' ? read.result : ''
                const series = new Set(copy.match(/"series",\s*"[\w-]+"/g))
                done(series.size)
              }
              read.onerror = () => done(0)
            }
          }),
        key,
      ),
    )
    .toBeGreaterThanOrEqual(6)
}

test('a reload paints the cached copy at once, says so, then shows the fresh answer without a layout shift', async ({
  page,
}) => {
  await page.goto(server.url)
  await expect(wall(page).getByText('12 of 12 quotes')).toBeVisible()
  await expect(header(page).getByText(/updated \d+ s ago/)).toBeVisible()
  await cacheSaved(page, './feed/')

  const gate = await holdRequests(page, '**/talks/feed/**')
  await page.reload()
  // Nothing has come from the feed yet, and the quotes are on screen from the cache.
  await expect(wall(page).getByText('12 of 12 quotes')).toBeVisible()
  await expect(
    page.getByRole('region', { name: 'Timeline' }).getByText('Lancaster House').first(),
  ).toBeVisible()
  await expect(header(page).getByText(/^cached \d\d:\d\d \S+, refreshing…$/)).toBeVisible()
  expect(gate.held.length).toBeGreaterThan(0)
  await page.evaluate(() => {
    const target = window as unknown as { __shifts: string[]; __shift: number }
    target.__shift = 0
    target.__shifts = []
    type Shift = PerformanceEntry & {
      value: number
      hadRecentInput: boolean
      sources: { node: Node | null }[]
    }
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Shift[]) {
        if (entry.hadRecentInput) continue
        target.__shift += entry.value
        const nodes = entry.sources.map((s) =>
          s.node instanceof Element
            ? `${s.node.tagName}.${s.node.className}`.slice(0, 80)
            : String(s.node?.nodeName),
        )
        target.__shifts.push(`${entry.value.toFixed(4)} ${nodes.join(' | ')}`)
      }
    }).observe({ type: 'layout-shift' })
  })

  await gate.release()
  await expect(header(page).getByText(/updated \d+ s ago/)).toBeVisible()
  await expect(header(page).getByText(/cached/)).toHaveCount(0)
  await expect(wall(page).getByText('12 of 12 quotes')).toBeVisible()
  const shift = await page.evaluate(() => {
    const w = window as unknown as { __shift: number; __shifts: string[] }
    return { total: w.__shift, entries: w.__shifts }
  })
  expect(shift.total, shift.entries.join('\n')).toBeLessThanOrEqual(0.02)
})

test('with the network gone, a reload keeps the last-known data on screen, marked stale, not errors', async ({
  page,
}) => {
  test.slow() // every resource runs its retries (1 s, 2 s, 4 s) before giving up
  await page.goto(server.url)
  await expect(wall(page).getByText('12 of 12 quotes')).toBeVisible()
  await cacheSaved(page, './feed/')

  await page.route('**/talks/feed/**', (route) => route.abort('internetdisconnected'))
  await page.reload()
  await expect(wall(page).getByText('12 of 12 quotes')).toBeVisible()
  // In the words the row has room for: "…: cached copy from 09:12 BST" or "… · cached 09:12 BST".
  await expect(
    header(page)
      .getByText(/Refresh failed(: cached copy from| · cached) \d\d:\d\d \S+/)
      .filter({ visible: true })
      .first(),
  ).toBeVisible({ timeout: test.info().timeout })
  await expect(wall(page).getByText('12 of 12 quotes')).toBeVisible()
  await expect(wall(page).getByText(/Refresh failed; showing data from/)).toBeVisible()
  await expect(page.getByRole('button', { name: 'Retry' })).toHaveCount(0)
})

test('another feed URL never shows this feed’s copy', async ({ page }) => {
  await page.goto(server.url)
  await expect(wall(page).getByText('12 of 12 quotes')).toBeVisible()
  await cacheSaved(page, './feed/')

  const gate = await holdRequests(page, '**/talks/feed2/**')
  await page.goto(`${server.url}?feed=./feed2/`)
  await expect.poll(() => gate.held.length).toBeGreaterThan(0)
  await expect(wall(page).getByRole('status', { name: 'Loading the quotes' })).toBeVisible()
  await expect(wall(page).getByText('12 of 12 quotes')).toHaveCount(0)
  await expect(header(page).getByText(/cached/)).toHaveCount(0)
  await gate.release()
  await expect(wall(page).getByText('12 of 12 quotes')).toBeVisible()
})

test('each feed document is asked for once on a first visit and once on a reload from the cache', async ({
  page,
}) => {
  const asked = new Map<string, number>()
  page.on('request', (request) => {
    const match = /\/talks\/feed\/(.+)$/.exec(new URL(request.url()).pathname)
    if (match) asked.set(match[1]!, (asked.get(match[1]!) ?? 0) + 1)
  })
  const documents = ['index.json', 'sessions.json', 'developments.json', 'quotes.json']
  const charts = page.locator('#markets .market-line[d]')
  await page.goto(server.url)
  await expect(wall(page).getByText('12 of 12 quotes')).toBeVisible()
  await expect(charts.first()).toBeVisible()
  await cacheSaved(page, './feed/')
  expect(Object.fromEntries(documents.map((d) => [d, asked.get(d)]))).toEqual(
    Object.fromEntries(documents.map((d) => [d, 1])),
  )
  expect(asked.get('series/spx.json')).toBe(1)

  asked.clear()
  await page.reload()
  // The fresh answers have replaced the cached copy.
  await expect(header(page).getByText(/updated \d+ s ago/)).toBeVisible()
  await expect(charts.first()).toBeVisible()
  expect(Object.fromEntries(documents.map((d) => [d, asked.get(d)]))).toEqual(
    Object.fromEntries(documents.map((d) => [d, 1])),
  )
})
