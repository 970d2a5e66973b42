import { expect, test, type Locator, type Page } from '@playwright/test'
import { copyFixtures, serveBuild } from './serve-build'
import type { StaticServer } from '../../scripts/lib/static-server.mjs'
import { expectNoShift, forgetShifts, recordShifts } from './layout-shift-watch'
import { quoteMarkersIn, settled } from './page-ready'

// A live feed (polled every 5 s) whose refresh fails while its data is on screen: the panels'
// marks come and go in their headers, moving nothing a trader is reading, and stay in view.

const longTitle =
  'Test development (fictional): a long headline that fills the header’s line, so that the words after it would be cut at the end of the line'

const refreshFailed = /Refresh failed; showing data from/

let server: StaticServer
test.beforeAll(async () => {
  const fixtures = copyFixtures('ttm-marks-')
  fixtures.edit('developments.json', (doc) => {
    const newest = doc.developments!.find(
      (d) => d.title === 'White House waits for a concrete handshake before easing',
    )!
    newest.title = longTitle
  })
  server = await serveBuild({ feedDir: fixtures.dir, config: { refreshSeconds: 5 } })
})
test.afterAll(async () => server?.close())
test.use({ serviceWorkers: 'block' })

const failing = (page: Page, files: string[]) =>
  page.route(
    (url) => files.some((file) => url.pathname.endsWith(`/feed/${file}`)),
    (route) => route.fulfill({ status: 500, body: 'down' }),
  )

/** The top of the first row below the top of the list's scrolling box, to the tenth of a pixel. */
const rowTop = (row: Locator) =>
  row.evaluate((el) => Math.round(el.getBoundingClientRect().top * 10) / 10)

async function openWall(page: Page, phone: boolean) {
  await recordShifts(page)
  await page.goto(server.url)
  if (phone) await page.getByRole('tab', { name: 'Quotes' }).click()
  const wall = page.getByRole('region', { name: 'Quote wall' })
  await expect(wall.getByText('12 of 12 quotes')).toBeVisible()
  await settled(page, { charts: !phone })
  if (!phone) await quoteMarkersIn(page)
  return wall
}

for (const [size, viewport] of [
  ['1440x900', { width: 1440, height: 900 }],
  ['390x844', { width: 390, height: 844 }],
] as const) {
  test(`${size}: the quote wall's mark comes and goes in its header, in view, moving no row`, async ({
    page,
  }) => {
    test.slow()
    const phone = viewport.width < 640
    await page.setViewportSize(viewport)
    const wall = await openWall(page, phone)
    // Scrolled down in the wall, reading the fifth quote.
    const row = wall.locator('li[data-quote-id]').nth(4)
    await row.scrollIntoViewIfNeeded()
    await page.evaluate((phone) => {
      if (phone) window.scrollBy(0, 200)
      else document.querySelector('#region-quotes')!.scrollTop = 10_000
    }, phone)
    const before = await rowTop(row)
    await forgetShifts(page)

    await failing(page, ['quotes.json'])
    // The mark, wherever it is: then it must be the header's, in view, on top, the row unmoved.
    const words = wall.locator('p, button').filter({ hasText: refreshFailed }).first()
    await expect(words).toBeAttached({ timeout: 30_000 })
    expect(await rowTop(row)).toBe(before)
    await expect(words).toBeInViewport()
    const mark = wall.getByRole('button', {
      name: /^Refresh failed; showing data from \d\d:\d\d:\d\d \S+\. quotes\.json: the feed answered HTTP 500$/,
    })
    await expect(mark).toBeInViewport({ ratio: 1 })
    // Nothing covers it (the phone's bar, the panel's own content).
    expect(
      await mark.evaluate((el) => {
        const box = el.getBoundingClientRect()
        const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)
        return hit !== null && el.contains(hit)
      }),
    ).toBe(true)
    await expectNoShift(page)
    // The whole words a tap away.
    // (A tap, as a reader's: Playwright's click would first scroll the sticky header "into view".)
    await mark.dispatchEvent('click')
    await expect(wall.getByText(/^⚠ Refresh failed; showing data from .* HTTP 500$/)).toBeVisible()
    await mark.dispatchEvent('click')
    expect(await rowTop(row)).toBe(before)

    await forgetShifts(page)
    await page.unrouteAll()
    await expect(mark).toBeHidden({ timeout: 30_000 })
    expect(await rowTop(row)).toBe(before)
    await expectNoShift(page)
  })
}

test('1440x900: the timeline’s mark comes and goes in its header, moving no entry', async ({
  page,
}) => {
  test.slow()
  await page.setViewportSize({ width: 1440, height: 900 })
  await openWall(page, false)
  const timeline = page.getByRole('region', { name: 'Timeline' })
  // One entry, by its id (the list draws only the rows near those in view, in no fixed order).
  const id = await timeline.locator('[data-roving-id]').nth(3).getAttribute('data-roving-id')
  const entry = timeline.locator(`[data-roving-id="${id}"]`)
  await entry.scrollIntoViewIfNeeded()
  const before = await rowTop(entry)
  await forgetShifts(page)

  await failing(page, ['sessions.json'])
  const words = timeline.locator('p, button').filter({ hasText: refreshFailed }).first()
  await expect(words).toBeAttached({ timeout: 30_000 })
  expect(await rowTop(entry)).toBe(before)
  const mark = timeline.getByRole('button', { name: /^Refresh failed; showing data from/ })
  await expect(mark).toBeInViewport({ ratio: 1 })
  await expectNoShift(page)

  await forgetShifts(page)
  await page.unrouteAll()
  await expect(mark).toBeHidden({ timeout: 30_000 })
  expect(await rowTop(entry)).toBe(before)
  await expectNoShift(page)
})

/** Whether an element's text is cut by a box around it (its own, or the line's). */
const cut = (el: Locator) =>
  el.evaluate((node) => {
    const line = node.closest('p')!.getBoundingClientRect()
    const box = node.getBoundingClientRect()
    return box.right > line.right + 0.5 || node.scrollWidth > node.clientWidth + 0.5
  })

for (const [size, viewport, words] of [
  ['1440x900', { width: 1440, height: 900 }, '· quotes and developments not refreshed'],
  ['1366x768', { width: 1366, height: 768 }, '· quotes and developments not refreshed'],
  ['390x844', { width: 390, height: 844 }, '· not refreshed'],
] as const) {
  test(`${size}: the header says whole which lists were not refreshed, after a long latest item`, async ({
    page,
  }) => {
    test.slow()
    await page.setViewportSize(viewport)
    await openWall(page, viewport.width < 640)
    const header = page.locator('body header').first()
    await expect(header.getByText(longTitle)).toBeAttached()
    await failing(page, ['quotes.json', 'developments.json'])
    const notRefreshed = header.getByTitle('quotes and developments not refreshed')
    await expect(notRefreshed).toBeVisible({ timeout: 30_000 })
    await expect(notRefreshed.locator('[aria-hidden="true"]').filter({ visible: true })).toHaveText(
      words,
    )
    expect(await cut(notRefreshed)).toBe(false)
  })
}
