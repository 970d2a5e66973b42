import { expect, test } from '@playwright/test'
import { rmSync } from 'node:fs'
import { type StaticServer } from '../../scripts/lib/static-server.mjs'
import { copyFixtures, serveBuild } from './serve-build'

// A negotiation-only feed (markets.json lists no instruments) on a desk: the band kept a line over
// 45 px of blank room and the markets region 45% of the width for one sentence. Now one slim line,
// still the region named "Market reaction" that the m key reaches, and the timeline and quote wall
// share the width. Service workers are blocked: no demo.
test.use({ serviceWorkers: 'block' })

let server: StaticServer
let dir: string

test.beforeAll(async () => {
  const feed = copyFixtures('ttm-no-instruments-')
  dir = feed.dir
  feed.edit('markets.json', (doc) => (doc.instruments = []))
  server = await serveBuild({ config: { timeZone: 'Europe/London' }, feedDir: dir })
})

test.afterAll(async () => {
  await server?.close()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

for (const [width, height] of [
  [1366, 768],
  [1920, 1080],
] as const) {
  test(`${width}x${height}: a line for the markets, the room for the timeline and quote wall`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height })
    await page.goto(server.url)
    const markets = page.getByRole('region', { name: 'Market reaction' })
    await expect(markets.getByText('The feed lists no market instruments.')).toBeVisible()
    await expect(page.getByRole('status', { name: /^Loading/ })).toHaveCount(0)
    const line = (await markets.boundingBox())!
    expect(line.height).toBeLessThan(40)
    // No band over blank room: the line is the only thing between the briefing and the regions.
    await expect(page.getByText(/market snapshot/i)).toHaveCount(0)
    const timeline = (await page.locator('#region-timeline').boundingBox())!
    const quotes = (await page.locator('#region-quotes').boundingBox())!
    expect(timeline.y).toBeLessThan(line.y + line.height + 16)
    expect(quotes.x + quotes.width - timeline.x).toBeGreaterThan(width - 40)
    // The regions reach the foot of the screen, and the page does not scroll.
    expect(timeline.y + timeline.height).toBeGreaterThan(height - 24)
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(
      height,
    )
    // Reachable by keyboard: m moves the focus to its heading.
    await page.locator('body').press('m')
    await expect(markets.getByRole('heading', { name: 'Market reaction' })).toBeFocused()
  })
}

test('1366x768: folding and resizing keep the shares a feed with markets will use', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.goto(server.url)
  await expect(page.getByText('The feed lists no market instruments.')).toBeVisible()
  // One divider, between the two regions shown, its value the timeline's share of the whole.
  const divider = page.getByRole('separator')
  await expect(divider).toHaveCount(1)
  await expect(divider).toHaveAccessibleName('Resize the timeline and the quote wall')
  await divider.focus()
  await page.keyboard.press('ArrowRight')
  await expect(page).toHaveURL(/layout=29-26-45(&|$)/)
  await page.getByRole('button', { name: 'Collapse the timeline' }).click()
  await expect(page.getByRole('button', { name: 'Show the timeline' })).toBeVisible()
  // The markets stay unfolded in the layout: a feed that lists them shows them.
  await expect(page).toHaveURL(/layout=29c-26-45(&|$)/)
  const quotes = (await page.locator('#region-quotes').boundingBox())!
  expect(quotes.width).toBeGreaterThan(1366 - 120)
})

test('a wall screen with the markets alone says it large, in the middle of the screen', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 })
  await page.goto(`${server.url}?kiosk&view=markets`)
  const markets = page.getByRole('region', { name: 'Market reaction' })
  const words = markets.getByText('The feed lists no market instruments.')
  await expect(words).toBeVisible()
  await expect(page.getByRole('status', { name: /^Loading/ })).toHaveCount(0)
  // Read across a room: large type, in the middle of what the header leaves (not one small line
  // atop a blank panel, which looks like a broken screen).
  const room = (await page.locator('main').boundingBox())!
  const box = (await words.boundingBox())!
  expect(Math.abs(box.y + box.height / 2 - (room.y + room.height / 2))).toBeLessThan(60)
  expect(Math.abs(box.x + box.width / 2 - (room.x + room.width / 2))).toBeLessThan(20)
  expect(await words.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThan(
    28,
  )
})
