import { expect, test } from '@playwright/test'
import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { StaticServer } from '../../scripts/lib/static-server.mjs'
import { expectNoShift, recordShifts } from './layout-shift-watch'
import { buildMultiMonthFeed, type MultiMonthFeed } from './multi-month-feed'
import { serveBuild } from './serve-build'

// A desk's feed with twenty instruments (test data, test/e2e/multi-month-feed.ts) whose markets.json
// answers after the panels have painted. The snapshot band and the briefing's moves grew to two or
// three lines when it came and pushed the regions down (layout shift 0.07 at 1440x900, 0.54 at
// 1366x768); they now keep six places and open the rest on demand.
test.use({ serviceWorkers: 'block' })

let feed: MultiMonthFeed
let app: StaticServer
let releaseMarkets: () => void = () => undefined

/** Holds markets.json back until the test releases it. */
function holdMarkets(req: IncomingMessage, res: ServerResponse): boolean {
  if (!req.url?.endsWith('/feed/markets.json')) return false
  const body = readFileSync(join(feed.dir, 'markets.json'))
  releaseMarkets = () => {
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-cache' })
    res.end(body)
  }
  return true
}

test.beforeAll(async () => {
  feed = buildMultiMonthFeed()
  app = await serveBuild({
    config: { timeZone: 'Europe/London' },
    feedDir: feed.dir,
    intercept: holdMarkets,
  })
})

test.afterAll(async () => {
  await app?.close()
  if (feed) rmSync(feed.dir, { recursive: true, force: true })
})

for (const [width, height] of [
  [1366, 768],
  [1440, 900],
] as const) {
  test(`${width}x${height}: twenty instruments arriving last do not push the page down`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height })
    await recordShifts(page)
    await page.goto(app.url)
    await expect(page.locator('[data-now-line]')).toBeVisible()
    await expect(page.locator('li[data-quote-id]').first()).toBeVisible()
    releaseMarkets()

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
