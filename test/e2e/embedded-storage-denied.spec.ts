import { expect, test } from '@playwright/test'
import { chromiumArgs } from '../../scripts/lib/chromium.mjs'
import { chromiumLaunchOptions } from './chromium'
import { serveCrossSiteHost, type CrossSiteHost } from './cross-site-host'

// A browser that blocks third-party cookies denies a cross-site frame its storage: no service
// workers, no caches. The dashboard with a real feed still looks for a demo's offline copy to drop
// there, and must take the refusal as "nothing to drop", not throw it at the host's console.
test.use({
  serviceWorkers: 'allow',
  launchOptions: {
    ...chromiumLaunchOptions(),
    args: [...chromiumArgs, '--test-third-party-cookie-phaseout'],
  },
})

let served: CrossSiteHost

test.beforeAll(async () => {
  served = await serveCrossSiteHost(
    (appUrl) =>
      `<iframe title="Talks" src="${appUrl}?view=quotes" width="800" height="400"></iframe>`,
  )
})

test.afterAll(async () => {
  await served?.close()
})

test('with its storage denied, the embedded dashboard throws no errors', async ({ page }) => {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto(served.hostUrl)
  const frame = page.frame({ url: (url) => url.href.startsWith(served.appUrl) })!
  await expect(page.frameLocator('iframe').getByText(/\d+ of \d+ quotes/)).toBeVisible()
  // The browser does deny it here (else this test would see nothing).
  expect(
    await frame.evaluate(() =>
      navigator.serviceWorker.getRegistrations().then(
        () => 'allowed',
        () => 'denied',
      ),
    ),
  ).toBe('denied')
  // The page's own idle-time work (dropping a demo's copy) has run: idle callbacks run in order.
  await frame.evaluate(
    () =>
      new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve), { timeout: 10_000 })),
  )
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve)))
  expect(errors).toEqual([])
})
