import { expect, test, type Page } from '@playwright/test'
import { holdRequests } from './hold-requests'
import { nginxHeaders, recordViolations } from './docs-snippets'
import { serveBuild } from './serve-build'
import { type StaticServer } from '../../scripts/lib/static-server.mjs'

// A first visit, served with the documented Content-Security-Policy: index.html carries the page's
// frame (the start-up shell), painted before React's code has arrived.
let server: StaticServer

test.beforeAll(async () => {
  server = await serveBuild({ headers: nginxHeaders() })
})
test.afterAll(async () => server?.close())

/** Holds React's own chunk (the start page) until released. */
const holdReact = (page: Page) => holdRequests(page, '**/assets/start-page-*.js')
const region = (page: Page, name: string) => page.getByRole('region', { name })

declare global {
  interface Window {
    __shift: number
  }
}

test('a first visit paints the frame before React has loaded, and the app takes it over without a shift', async ({
  page,
}) => {
  await page.addInitScript(recordViolations)
  await page.addInitScript(() => {
    window.__shift = 0
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
        window.__shift += entry.value
    }).observe({ type: 'layout-shift', buffered: true })
  })
  const react = await holdReact(page)
  await page.goto(server.url)
  await expect.poll(() => react.held.length).toBeGreaterThan(0)

  // React has not run: the three regions and their loading bars are on screen all the same.
  for (const name of ['Timeline', 'Quote wall', 'Market reaction'])
    await expect(region(page, name).getByRole('status', { name: /^Loading/ })).toBeVisible()
  // The styles the CSP refuses in parsed HTML were set by the first chunk: bars have their height,
  // the regions their shares of the width (27/28/45 by default).
  const bar = await page.locator('.skeleton').first().boundingBox()
  expect(bar?.height).toBeGreaterThan(10)
  const [timeline, markets] = await Promise.all(
    ['Timeline', 'Market reaction'].map(async (name) => (await region(page, name).boundingBox())!),
  )
  expect(markets!.width / timeline!.width).toBeCloseTo(45 / 27, 1)
  await expect(page.getByText('could not start here')).toBeHidden()

  await react.release()
  await expect(region(page, 'Quote wall').getByText('12 of 12 quotes')).toBeVisible()
  await expect(page.getByRole('status', { name: /^Loading/ })).toHaveCount(0)
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  )
  expect(await page.evaluate(() => window.__shift)).toBeLessThanOrEqual(0.02)
  expect(
    await page.evaluate(() => (window as never as { __cspViolations: string[] }).__cspViolations),
  ).toEqual([])
})

test('with a region folded away, the frame waits for React, which draws the fold', async ({
  page,
}) => {
  await page.addInitScript(() => localStorage.setItem('ttm:desk-layout', '27-28c-45'))
  const react = await holdReact(page)
  await page.goto(server.url)
  await expect.poll(() => react.held.length).toBeGreaterThan(0)
  // index.html's frame has the default layout: not this viewer's, so not shown.
  await expect(page.locator('#startup-shell')).toHaveCount(0)
  await expect(region(page, 'Timeline')).toBeHidden()

  await react.release()
  await expect(page.getByRole('button', { name: 'Show the quote wall' })).toBeVisible()
  await expect(region(page, 'Timeline')).toBeVisible()
  await expect(region(page, 'Quote wall')).toBeHidden()
})
