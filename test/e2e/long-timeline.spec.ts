import { expect, test } from '@playwright/test'
import { rmSync } from 'node:fs'
import type { StaticServer } from '../../scripts/lib/static-server.mjs'
import { copyFixtures, serveBuild } from './serve-build'

// Test data: the demo feed with 2,000 generated developments (one a minute, before the talks).
const count = 2000
let server: StaticServer
let dir = ''

test.beforeAll(async () => {
  const fixtures = copyFixtures('ttm-long-timeline-')
  dir = fixtures.dir
  fixtures.generate('developments.json', 'developments', count, (i) => ({
    id: `generated-${i + 1}`,
    title: `Generated development ${i + 1}`,
    atPrecision: 'exact',
    figures: [],
  }))
  server = await serveBuild({ config: { timeZone: 'Europe/London' }, feedDir: dir })
})

test.afterAll(async () => {
  await server?.close()
  rmSync(dir, { recursive: true, force: true })
})

test('a long timeline draws the entries around now from its first render, not the oldest ones first', async ({
  page,
}) => {
  // Every row ever added to the page, even one taken away again before anyone looks.
  await page.addInitScript(() => {
    const added: string[] = []
    Object.assign(window, { addedRows: added })
    new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes)
          if (node instanceof HTMLElement) added.push(node.textContent ?? '')
    }).observe(document, { childList: true, subtree: true })
  })
  await page.goto(`${server.url}?view=timeline`)
  const list = page.getByRole('list', { name: 'Sessions, developments and quotes in time order' })
  await expect(list.locator('[data-now-line]')).toBeVisible()
  // All of them are in the list, though only those near the view are drawn.
  const size = await list.locator(':scope > li').first().getAttribute('aria-setsize')
  expect(Number(size)).toBeGreaterThan(count)
  const added = await page.evaluate(() => (window as unknown as { addedRows: string[] }).addedRows)
  // The second entry, far above the view, is never drawn.
  expect(added.some((text) => /Generated development 2(?!\d)/.test(text))).toBe(false)
})

test('Tab comes into a long timeline at now, not at its oldest entry years of rows away', async ({
  page,
}) => {
  await page.goto(`${server.url}?view=timeline`)
  const timeline = page.getByRole('region', { name: 'Timeline' })
  const now = timeline.locator('[data-now-line]')
  await expect(now).toBeInViewport()
  await timeline.getByRole('button', { name: /as CSV$/ }).focus()
  await page.keyboard.press('Tab')
  // The entry after the line (the article's next session) takes the focus; the line stays in view.
  await expect(page.locator(':focus')).toContainText('Day 2')
  await expect(page.locator(':focus')).toBeInViewport()
  await expect(now).toBeInViewport()
})

test('in replay the list follows the now line from one moment to the next', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 1000 })
  await page.goto(`${server.url}?asof=2025-06-01T10:00:00Z`)
  const list = page.getByRole('list', { name: 'Sessions, developments and quotes in time order' })
  const now = list.locator('[data-now-line]')
  await expect(now).toContainText('11:00')
  // Five hours on: three hundred developments later (one a minute), far below where the line was.
  await page.getByRole('slider', { name: 'Replay the round' }).focus()
  for (let i = 0; i < 5; i += 1) await page.keyboard.press('PageUp')
  await expect(now).toContainText('16:00')
  await expect(now).toBeInViewport()
  await expect(list.getByText('Generated development 901', { exact: true })).toBeInViewport()
})

test('a replay step that leaves the now line between the same entries leaves the list where the reader has it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1400, height: 1000 })
  await page.goto(`${server.url}?asof=2025-06-09T14:00:00Z`)
  const list = page.getByRole('list', { name: 'Sessions, developments and quotes in time order' })
  const now = list.locator('[data-now-line]')
  await expect(now).toContainText('15:00')
  const scroller = list.locator('xpath=..')
  // The reader nudges the list a little: the line stays in view, no longer centred.
  await scroller.evaluate((element) => element.scrollBy(0, -40))
  await expect(now).toBeInViewport()
  const before = await scroller.evaluate((element) => element.scrollTop)
  // Five minutes on, still inside Day 1 with nothing new said.
  await page.getByRole('slider', { name: 'Replay the round' }).focus()
  await page.keyboard.press('ArrowRight')
  await expect(now).toContainText('15:05')
  await page.evaluate(
    () =>
      new Promise((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(resolve))),
      ),
  )
  expect(await scroller.evaluate((element) => element.scrollTop)).toBe(before)
  await expect(now).toBeInViewport()
})

test('turning the order over keeps the now line in view, as the link opens it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.goto(server.url)
  const list = page.getByRole('list', { name: 'Sessions, developments and quotes in time order' })
  const nowLine = list.locator('[data-now-line]')
  await expect(nowLine).toBeInViewport()
  await page.getByRole('button', { name: /^Order: oldest first/ }).click()
  await expect(page).toHaveURL(/[?&]order=newest(&|$)/)
  await expect(nowLine).toBeInViewport()
  const timeline = page.getByRole('region', { name: 'Timeline' })
  await expect(timeline.getByRole('button', { name: 'Now', exact: true })).toHaveCount(0)
  await page.getByRole('button', { name: /^Order: newest first/ }).click()
  await expect(nowLine).toBeInViewport()
})
