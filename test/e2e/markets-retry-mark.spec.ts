import { expect, test, type Locator, type Page } from '@playwright/test'
import { serveBuild } from './serve-build'
import type { StaticServer } from '../../scripts/lib/static-server.mjs'
import { expectNoShift, forgetShifts, recordShifts } from './layout-shift-watch'

// A desk feed (the demo's documents, polled every 5 s) whose series or markets list answers 503
// once, then answers: "↻ Retrying" comes and goes in the markets panel's header line, and the
// first card a trader reads stays where it is (the note above the cards pushed it down, then back).

let server: StaticServer
test.beforeAll(async () => {
  server = await serveBuild({ config: { refreshSeconds: 5 } })
})
test.afterAll(async () => server?.close())
test.use({ serviceWorkers: 'block', viewport: { width: 1440, height: 900 } })

/** The top of an element in the viewport, to the tenth of a pixel. */
const top = (el: Locator) =>
  el.evaluate((node) => Math.round(node.getBoundingClientRect().top * 10) / 10)

/** The markets panel with every card drawn, and its first card. */
async function openMarkets(page: Page) {
  await recordShifts(page)
  await page.goto(`${server.url}?tz=Europe/London`)
  const markets = page.getByRole('region', { name: 'Market reaction' })
  const first = markets.getByRole('article').first()
  await expect(first.getByTestId('market-readout')).toBeVisible()
  await expect(markets.locator('[aria-busy="true"]')).toHaveCount(0)
  await expect(page.getByRole('status', { name: /^Loading the (timeline|quotes)$/ })).toHaveCount(0)
  return { markets, first, header: markets.locator('header') }
}

/** "Retrying (1 of 3)" in the panel, wherever it is said. */
const retryWords = (markets: Locator) =>
  markets
    .locator('p, button')
    .filter({ hasText: /retrying \(1 of 3\)/ })
    .first()

/** Answers the first request for `file` with 503 once `release` is called; the rest as served. */
async function busyOnce(page: Page, file: string) {
  let release = () => {}
  const released = new Promise<void>((resolve) => (release = resolve))
  let asked = false
  await page.route(`**/feed/${file}`, async (route) => {
    if (asked) return route.continue()
    asked = true
    await released
    await route.fulfill({ status: 503, body: 'busy' })
  })
  return { release, asked: () => asked }
}

test('a series retried: the mark comes and goes in the header, the first card unmoved', async ({
  page,
}) => {
  test.slow()
  const brent = await busyOnce(page, 'series/brent.json')
  const { markets, first, header } = await openMarkets(page)
  expect(brent.asked()).toBe(true)
  const before = await top(first)
  await forgetShifts(page)

  brent.release()
  // The words, wherever they are: the card has not moved, and they are the header's.
  await expect(retryWords(markets)).toBeAttached()
  expect(await top(first)).toBe(before)
  await expectNoShift(page)
  const mark = header.getByRole('button', {
    name: 'series/brent.json: the feed answered HTTP 503; retrying (1 of 3)…',
  })
  await expect(mark).toBeVisible()
  await expect(mark).toContainText('↻')

  await forgetShifts(page)
  await expect(mark).toBeHidden()
  const card = markets.getByRole('article', { name: 'Brent crude oil' })
  await expect(card.getByTestId('market-readout')).toBeVisible()
  expect(await top(first)).toBe(before)
  await expectNoShift(page)
})

test('the markets list retried on a refresh: the mark comes and goes in the header, the first card unmoved', async ({
  page,
}) => {
  test.slow()
  const { markets, first, header } = await openMarkets(page)
  const before = await top(first)
  await forgetShifts(page)

  // The next poll of markets.json answers 503, its retry answers.
  const list = await busyOnce(page, 'markets.json')
  list.release()
  await expect(retryWords(markets)).toBeAttached()
  expect(await top(first)).toBe(before)
  await expectNoShift(page)
  const mark = header.getByRole('button', {
    name: 'markets.json: the feed answered HTTP 503; retrying (1 of 3)…',
  })
  await expect(mark).toBeVisible()

  await forgetShifts(page)
  await expect(mark).toBeHidden()
  expect(await top(first)).toBe(before)
  await expectNoShift(page)
})
