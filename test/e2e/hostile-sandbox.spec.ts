import { expect, test } from '@playwright/test'
import { serveBuild } from './serve-build'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server.mjs'
import { docSnippet } from './docs-snippets'

// A host page framing the dashboard in a sandboxed iframe. Without allow-same-origin the frame's
// origin is "null": the build's module scripts and stylesheet (crossorigin) are refused, and the
// page was blank. index.html itself now says what the host must change.

let host: StaticServer
let app: StaticServer
let hostDir = ''

test.beforeAll(async () => {
  app = await serveBuild({ config: null })
  hostDir = mkdtempSync(join(tmpdir(), 'ttm-sandbox-host-'))
  const frame = (sandbox: string) =>
    `<iframe title="${sandbox}" sandbox="${sandbox}" src="${app.url}?view=quotes" width="800" height="400"></iframe>`
  writeFileSync(
    join(hostDir, 'scripts-only.html'),
    `<!doctype html><title>Host</title>${frame('allow-scripts')}`,
  )
  writeFileSync(
    join(hostDir, 'same-origin.html'),
    `<!doctype html><title>Host</title>${frame('allow-scripts allow-same-origin')}`,
  )
  // The iframe docs/embedding.md gives, pointed at this build.
  writeFileSync(
    join(hostDir, 'documented.html'),
    `<!doctype html><title>Host</title>${docSnippet('embedding.md', 'sandboxed').replace(
      'https://intranet.example/tools/talks/',
      app.url,
    )}`,
  )
  // "localhost" hosts the page, "127.0.0.1" the dashboard: two sites.
  host = await startStaticServer({ root: hostDir, host: 'localhost' })
})

test.afterAll(async () => {
  await host?.close()
  await app?.close()
  if (hostDir) rmSync(hostDir, { recursive: true, force: true })
})

test('a sandbox without allow-same-origin shows what the host must change, not a blank frame', async ({
  page,
}) => {
  await page.goto(`http://localhost:${host.port}/scripts-only.html`)
  const frame = page.frameLocator('iframe')
  await expect(frame.getByRole('alert')).toBeVisible()
  await expect(frame.getByRole('alert')).toContainText('Trade Talks Monitor could not start here.')
  await expect(frame.getByRole('alert')).toContainText('sandbox="allow-scripts allow-same-origin"')
})

test('with allow-scripts allow-same-origin the app starts and the message never shows', async ({
  page,
}) => {
  await page.goto(`http://localhost:${host.port}/same-origin.html`)
  const frame = page.frameLocator('iframe')
  await expect(frame.getByText(/\d+ of \d+ quotes/)).toBeVisible()
  await expect(frame.getByText('could not start here')).toHaveCount(0)
})

test('on a normal load the message is never visible, even before the app has started', async ({
  page,
}) => {
  // Record whether the message was ever rendered visible, from the first paint on.
  await page.addInitScript(() => {
    const w = window as unknown as { __fallbackSeen: boolean }
    w.__fallbackSeen = false
    const check = () => {
      const el = document.querySelector('.startup-fallback')
      if (
        el &&
        getComputedStyle(el).visibility === 'visible' &&
        el.getBoundingClientRect().height > 0
      )
        w.__fallbackSeen = true
      if (!w.__fallbackSeen) requestAnimationFrame(check)
    }
    requestAnimationFrame(check)
  })
  await page.goto(`${app.url}?view=quotes`)
  await expect(page.getByText(/\d+ of \d+ quotes/)).toBeVisible()
  expect(
    await page.evaluate(() => (window as unknown as { __fallbackSeen: boolean }).__fallbackSeen),
  ).toBe(false)
})

test('in the iframe the guide gives, the CSV buttons save their file; with scripts and same origin alone the browser refuses it', async ({
  browser,
}) => {
  const context = await browser.newContext({ acceptDownloads: true })
  const page = await context.newPage()
  await page.goto(`http://localhost:${host.port}/documented.html`)
  const wall = page.frameLocator('iframe').getByRole('region', { name: 'Quote wall' })
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    wall.getByRole('button', { name: /shown as CSV$/ }).click(),
  ])
  expect(download.suggestedFilename()).toBe('quote-wall.csv')

  // The sandbox the guide gave before: the click is refused, and only the console says so.
  await page.goto(`http://localhost:${host.port}/same-origin.html`)
  const refused = page.waitForEvent('console', (message) =>
    /Download is disallowed.*sandboxed/.test(message.text()),
  )
  await page
    .frameLocator('iframe')
    .getByRole('button', { name: /shown as CSV$/ })
    .click()
  await refused
  await context.close()
})
