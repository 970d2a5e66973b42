import { expect, test, type Page } from '@playwright/test'
import { resolve } from 'node:path'
import { startStaticServer } from '../../scripts/lib/static-server.mjs'

// These tests are about the demo's offline service worker (blocked for every other test).
test.use({ serviceWorkers: 'allow' })

/** Every region shows its demo data, with the badge; no panel shows an error. */
async function expectDemo(
  page: Page,
  view: 'dashboard' | 'timeline' | 'quotes' | 'markets' = 'dashboard',
) {
  await expect(page.getByText('Demo data')).toBeVisible()
  if (view === 'dashboard' || view === 'timeline') {
    await expect(
      page.getByRole('region', { name: 'Timeline' }).getByText('Lancaster House').first(),
    ).toBeVisible()
  }
  if (view === 'dashboard' || view === 'quotes') {
    await expect(
      page.getByRole('region', { name: 'Quote wall' }).getByText('China’s not easy.'),
    ).toBeVisible()
  }
  if (view === 'dashboard') {
    await expect(
      page.getByRole('list', { name: 'Market snapshot' }).getByText('6,005.88').first(),
    ).toBeVisible()
  }
  // The markets view here is one chart alone (?instrument=spx): its card's last value.
  if (view === 'markets') {
    await expect(
      page.getByRole('article', { name: 'S&P 500' }).getByText('6,005.88 points'),
    ).toBeVisible()
  }
  await expect(page.getByRole('button', { name: 'Retry' })).toHaveCount(0)
}

/** Requests for feed documents that reach the network: in demo mode there must be none. */
function watchFeedRequests(page: Page) {
  const requests: string[] = []
  page.on('request', (request) => {
    if (
      /\/demo-feed\/|\.json$/.test(new URL(request.url()).pathname) &&
      !request.url().endsWith('/config.json')
    ) {
      requests.push(request.url())
    }
  })
  return requests
}

/** The demo, opened once online; the offline worker has its copy. Feed requests from then on. */
async function demoWithOfflineCopy(page: Page): Promise<string[]> {
  const feedRequests = watchFeedRequests(page)
  await page.goto('./')
  await expectDemo(page)
  // The app asks its offline worker to keep a copy once the page has its content.
  await expect(page.locator('html')).toHaveAttribute('data-offline', 'ready')
  return feedRequests
}

test('the demo keeps working with the network off: reload and navigation render everything', async ({
  page,
  context,
}) => {
  const feedRequests = await demoWithOfflineCopy(page)

  // No network from here on: the browser is offline, and anything that still reaches out is refused.
  await context.setOffline(true)
  await context.route('**/*', (route) => route.abort('internetdisconnected'))

  await page.reload()
  await expectDemo(page)
  await page.goto('./?view=quotes&tz=Europe%2FLondon')
  await expectDemo(page, 'quotes')
  await page.goto('./?view=markets&instrument=spx')
  await expectDemo(page, 'markets')
  await page.goto('./?view=timeline&theme=dark')
  await expectDemo(page, 'timeline')
  await page.goBack()
  await expectDemo(page, 'markets')
  await page.goto('./?kiosk')
  await expectDemo(page)
  expect(feedRequests).toEqual([])
})

test('a hard reload (bypassing the service worker) still shows the demo, answered in the page', async ({
  page,
  context,
}) => {
  const feedRequests = await demoWithOfflineCopy(page)
  const cdp = await context.newCDPSession(page)
  await cdp.send('Page.reload', { ignoreCache: true })
  await expectDemo(page)
  // The proof that it was a hard reload: no service worker controls the page.
  expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull()
  expect(feedRequests).toEqual([])
})

test('a plain-http intranet host name (no service worker there) shows the demo', async ({
  page,
}) => {
  const server = await startStaticServer({ root: resolve('dist'), basePath: '/tools/talks/' })
  // The shared browser plays the intranet host: its requests are answered by the local server.
  const origin = 'http://talks.intranet'
  await page.route(`${origin}/**`, async (route) => {
    const response = await route.fetch({
      url: route.request().url().replace(origin, server.origin),
    })
    await route.fulfill({ response })
  })
  try {
    const elsewhere: string[] = []
    page.on('request', (request) => {
      if (!request.url().startsWith(`${origin}/tools/talks/`)) elsewhere.push(request.url())
    })
    const feedRequests = watchFeedRequests(page)
    await page.goto(`${origin}/tools/talks/?view=quotes`)
    expect(await page.evaluate(() => window.isSecureContext)).toBe(false)
    expect(await page.evaluate(() => 'serviceWorker' in navigator)).toBe(false)
    await expectDemo(page, 'quotes')
    await page.goto(`${origin}/tools/talks/`)
    await expectDemo(page)
    expect(feedRequests).toEqual([])
    expect(elsewhere).toEqual([])
  } finally {
    await server.close()
  }
})
