import { expect, test, type Page } from '@playwright/test'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { StaticServer } from '../../scripts/lib/static-server.mjs'
import { expectNoShift, forgetShifts, recordShifts } from './layout-shift-watch'
import { quoteMarkersIn } from './page-ready'
import { buildMultiMonthFeed, type MultiMonthFeed } from './multi-month-feed'
import { serveBuild } from './serve-build'
import { cutText } from './layout-checks'

// A desk's feed with twenty instruments and twelve issues on the table (test data,
// test/e2e/multi-month-feed.ts) whose documents answer late. markets.json after the panels have painted: the snapshot band and the briefing's
// moves grew to two or three lines when it came and pushed the regions down (layout shift 0.07 at
// 1440x900, 0.54 at 1366x768); they now keep six places and open the rest on demand.
test.use({ serviceWorkers: 'block' })

let feed: MultiMonthFeed
let app: StaticServer
/** The feed documents held back, and how to send each once the test releases it. */
const held = new Map<string, (() => void) | null>()
const release = (name: string) => held.get(name)?.()

function holdBack(req: IncomingMessage, res: ServerResponse): boolean {
  const name = req.url?.match(/\/feed\/((?:series\/)?[\w.-]+)$/)?.[1]
  if (!name || !held.has(name)) return false
  const body = readFileSync(join(feed.dir, name))
  held.set(name, () => {
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-cache' })
    res.end(body)
  })
  return true
}

/** Nine more issues on the table (test data), twelve in all. */
function addIssues(dir: string) {
  const file = join(dir, 'issues.json')
  const doc = JSON.parse(readFileSync(file, 'utf8'))
  const [first] = doc.issues
  for (let i = 1; i <= 9; i += 1)
    doc.issues.push({ ...first, id: `test-issue-${i}`, title: `Test issue ${i}` })
  writeFileSync(file, JSON.stringify(doc))
}

test.beforeAll(async () => {
  feed = buildMultiMonthFeed()
  addIssues(feed.dir)
  app = await serveBuild({
    config: { timeZone: 'Europe/London' },
    feedDir: feed.dir,
    intercept: holdBack,
  })
})

test.afterAll(async () => {
  await app?.close()
  if (feed) rmSync(feed.dir, { recursive: true, force: true })
})

/**
 * Opens the dashboard with `name` held back until the panels (and the timeline's quote markers)
 * are in, then releases it and counts layout shifts from there: what the quotes change in the
 * timeline (its entries' remarks) is not these tests'.
 */
async function openThenRelease(
  page: Page,
  name: string,
  width = 1366,
  height = 768,
  beforeRelease?: () => Promise<void>,
) {
  held.clear()
  held.set(name, null)
  await page.setViewportSize({ width, height })
  await recordShifts(page)
  await page.goto(app.url)
  await expect(page.locator('[data-now-line]')).toBeVisible()
  // A phone shows the timeline's tab alone: the wall is not drawn.
  if (width > 700) await expect(page.locator('li[data-quote-id]').first()).toBeVisible()
  await quoteMarkersIn(page)
  await forgetShifts(page)
  await beforeRelease?.()
  release(name)
}

for (const [width, height] of [
  [1366, 768],
  [1440, 900],
] as const) {
  test(`${width}x${height}: twenty instruments arriving last do not push the page down`, async ({
    page,
  }) => {
    await openThenRelease(page, 'markets.json', width, height)

    const band = page.getByRole('list', { name: 'Market snapshot' })
    await expect(band.getByRole('listitem')).toHaveCount(6)
    const more = band.getByRole('button', { name: '15 more instruments: show all 20' })
    await expect(more).toBeVisible()
    const moves = page.getByRole('group', { name: 'Market moves' })
    await expect(moves).not.toContainText('loading')
    await expect(moves.getByRole('listitem')).toHaveCount(6)
    await expectNoShift(page)

    await more.click()
    const all = page.getByRole('dialog', { name: 'Market snapshot: all 20 instruments' })
    await expect(all.getByRole('listitem')).toHaveCount(20)
    await expect(all.getByRole('listitem').last()).toBeInViewport()
    await page.keyboard.press('Escape')
    await expect(all).toBeHidden()
    await expect(more).toBeFocused()
  })
}

// The feed gives no day change: the band reads it from a series once that comes. The dash that
// held its place and the figure take the same room: the cell's last value stays where it was (on a
// phone it moved down a line, the figure not fitting beside the name where the dash did).
for (const [width, height] of [
  [390, 844],
  [1366, 768],
] as const) {
  test(`${width}x${height}: a day change read from a series arriving last moves nothing`, async ({
    page,
  }) => {
    const band = page.getByRole('list', { name: 'Market snapshot' })
    const spx = band.getByRole('listitem').filter({ hasText: 'S&P 500' })
    const lastValue = spx.locator('p').nth(1)
    let before: { x: number; y: number } | null = null
    await openThenRelease(page, 'series/spx.json', width, height, async () => {
      // Not known yet while its series loads (the feed not reporting it is not the last word).
      await expect(spx.getByText('change not known yet')).toBeAttached()
      before = await lastValue.boundingBox()
    })
    await expect(spx).toContainText(/[+−]\d+\.\d\d%/)
    await expect(spx.getByText(/from the series/)).toBeAttached()
    expect(await lastValue.boundingBox()).toEqual(before)
    await expectNoShift(page)
  })
}

// quotes.json after the timeline has painted: its "Loading the quote markers…" line sat above the
// list and the list moved up 24 px when it went (long feed at 1366x768); it now floats over it.
test('1366x768: quotes arriving after the timeline do not move it', async ({ page }) => {
  held.clear()
  held.set('quotes.json', null)
  await page.setViewportSize({ width: 1366, height: 768 })
  await recordShifts(page)
  await page.goto(app.url)
  const timeline = page.getByRole('region', { name: 'Timeline' })
  await expect(timeline.locator('[data-now-line]')).toBeVisible()
  await expect(timeline.getByText('Loading the quote markers…')).toBeVisible()
  release('quotes.json')
  await expect(page.locator('li[data-quote-id]').first()).toBeVisible()
  await expect(timeline.getByText('Loading the quote markers…')).toHaveCount(0)
  await expectNoShift(page)
})

// issues.json after the panels: twelve issues took four lines of the briefing (0.09 at 1366x768).
test('1366x768: twelve issues arriving last keep to one row of the briefing', async ({ page }) => {
  await openThenRelease(page, 'issues.json')
  const issues = page.getByRole('list', { name: 'Issues on the table' })
  await expect(issues.getByRole('listitem')).toHaveCount(3)
  await expect(issues.getByRole('button', { name: '10 more issues: show all 12' })).toBeVisible()
  await expectNoShift(page)
})

/**
 * The wall screen at this size, markets.json held back until the quotes are in: its band of twenty
 * instruments, once they have all come and the page is shown.
 */
async function openKioskMarketsLast(page: Page, width: number, height: number) {
  held.clear()
  held.set('markets.json', null)
  await page.setViewportSize({ width, height })
  await recordShifts(page)
  await page.goto(`${app.url}?kiosk`)
  await expect(page.locator('li[data-quote-id]').first()).toBeAttached()
  release('markets.json')
  const band = page.getByRole('list', { name: 'Market snapshot' })
  await expect(band.getByRole('listitem')).toHaveCount(20)
  await expect(page.locator('li[data-quote-id]').first()).toBeVisible()
  return band
}

// A wall screen (?kiosk) shows all twenty instruments in the band: four rows that pushed the
// regions down when markets.json came (0.076 at 1366x768). The page now waits for them.
test('kiosk at 1366x768: the band of twenty instruments arriving last does not push the page down', async ({
  page,
}) => {
  await openKioskMarketsLast(page, 1366, 768)
  await expectNoShift(page)
})

// At 1920x1080 the wall screen's band took four rows of six, each cell 300 px for 200 px of
// figures; seven a row leave the regions a row's height more.
test('kiosk at 1920x1080: twenty instruments in three even rows, no figure cut, nothing pushed down', async ({
  page,
}) => {
  const band = await openKioskMarketsLast(page, 1920, 1080)
  const rows = await band.getByRole('listitem').evaluateAll((cells) => {
    const counts = new Map<number, number>()
    for (const cell of cells) {
      const top = Math.round(cell.getBoundingClientRect().top)
      counts.set(top, (counts.get(top) ?? 0) + 1)
    }
    return [...counts.values()]
  })
  expect(rows).toEqual([7, 7, 6])
  // Each cell's figures whole: no box that clips cuts its text (screen-reader text, 1 px, aside).
  const cut = await cutText(band)
  expect(cut).toEqual([])
  await expectNoShift(page)
})
