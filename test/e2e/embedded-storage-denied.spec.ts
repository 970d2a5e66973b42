import { expect, test } from '@playwright/test'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server.mjs'
import { chromiumArgs } from '../../scripts/lib/chromium.mjs'
import { chromiumLaunchOptions } from './chromium'
import { serveBuild } from './serve-build'

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

let app: StaticServer
let host: StaticServer
let hostDir = ''

test.beforeAll(async () => {
  app = await serveBuild()
  hostDir = mkdtempSync(join(tmpdir(), 'ttm-storage-denied-host-'))
  writeFileSync(
    join(hostDir, 'index.html'),
    `<!doctype html><title>Host</title><iframe title="Talks" src="${app.url}?view=quotes" width="800" height="400"></iframe>`,
  )
  // "localhost" hosts the page, "127.0.0.1" the dashboard: two sites.
  host = await startStaticServer({ root: hostDir, host: 'localhost' })
})

test.afterAll(async () => {
  await host?.close()
  await app?.close()
  if (hostDir) rmSync(hostDir, { recursive: true, force: true })
})

test('with its storage denied, the embedded dashboard throws no errors', async ({ page }) => {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto(`http://localhost:${host.port}/`)
  const frame = page.frame({ url: (url) => url.href.startsWith(app.url) })!
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
