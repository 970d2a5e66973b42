import { expect, test, type Page } from '@playwright/test'
import { serveBuild } from './serve-build'
import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { type StaticServer } from '../../scripts/lib/static-server.mjs'
import { hostileUrls, xssPayloads } from '../security/xss-payloads'
import { inspectPage, type PageInspection } from './hostile-checks'
import { buildHostileFeed, type HostileFeed } from './hostile-feed'
import { nextFrame, settled } from './page-ready'

// The production build reading a static feed whose every text field is an XSS payload and whose
// every source URL is hostile (test/security/xss-payloads.ts). Service workers are blocked: the
// feed comes from the static server, as on a real deployment.
test.use({ serviceWorkers: 'block' })

let server: StaticServer
let feed: HostileFeed
const seenText: string[] = []

test.beforeAll(async () => {
  feed = buildHostileFeed()
  server = await serveBuild({ config: { timeZone: 'Europe/London' }, feedDir: feed.dir })
})

test.afterAll(async () => {
  await server?.close()
  if (feed) rmSync(feed.dir, { recursive: true, force: true })
})

function guard(page: Page) {
  const dialogs: string[] = []
  const pageErrors: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  page.on('pageerror', (error) => pageErrors.push(String(error)))
  return { dialogs, pageErrors }
}

function expectClean(inspection: PageInspection, guarded: ReturnType<typeof guard>) {
  expect(inspection.xss, 'window.__xss was set by a payload').toBeUndefined()
  expect(inspection.suspicious, 'elements created from payloads').toEqual([])
  expect(inspection.badLinks, 'links that are not http(s) or lack rel').toEqual([])
  expect(guarded.dialogs).toEqual([])
  expect(guarded.pageErrors).toEqual([])
  seenText.push(inspection.text)
}

const indexTitle = () =>
  JSON.parse(readFileSync(join(feed.dir, 'index.json'), 'utf8')).title as string

async function waitForData(page: Page) {
  // Every panel has read the hostile feed (its records parse: ids and times were kept valid).
  await expect(page.getByText(/\d+ of \d+ quotes/).first()).toBeVisible()
}

test('dashboard: payloads in every field stay text; tooltips, tables, share dialog and copy too', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin })
  const guarded = guard(page)
  await page.goto(server.url)
  await waitForData(page)
  expectClean(await inspectPage(page), guarded)

  // The tab title is the app's own (with a new-item count at most): the feed's title is not in it.
  expect(await page.title()).toMatch(/^(\(\d+\) )?Trade Talks Monitor$/)
  expect(await page.title()).not.toContain(indexTitle())
  // The one plain https source is a real link, with the rel; the hostile ones are not links.
  const https = page.locator('a[href="https://example.com/report"]').first()
  await expect(https).toHaveAttribute('rel', /noopener noreferrer/)
  for (const url of hostileUrls)
    await expect(page.locator(`a[href="${url.replaceAll('"', '\\"')}"]`)).toHaveCount(0)

  // Markets: charts mount near the viewport; hover one (every header reads the moment), then the
  // event markers on the rails.
  const markets = page.getByRole('region', { name: 'Market reaction' })
  await page.getByRole('list', { name: 'Market snapshot' }).scrollIntoViewIfNeeded()
  const surfaces = markets.locator('.recharts-surface')
  await expect(surfaces.first()).toBeVisible()
  await surfaces.first().scrollIntoViewIfNeeded()
  const box = (await surfaces.first().boundingBox())!
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5)
  await page.mouse.move(box.x + box.width * 0.55, box.y + box.height * 0.5)
  await expect(
    markets.locator('[data-testid="market-readout"][data-hovering="true"]').first(),
  ).toBeVisible()
  expectClean(await inspectPage(page), guarded)
  const markers = markets.getByRole('toolbar').first().getByRole('button')
  if ((await markers.count()) > 0) {
    await markers.first().hover()
    await markers.first().focus()
    expectClean(await inspectPage(page), guarded)
  }
  await page.mouse.move(0, 0)

  // Every data-table view opened.
  const tableButtons = page.getByRole('button', { name: /^Show table/ })
  const tables = await tableButtons.count()
  expect(tables).toBeGreaterThan(0)
  for (let i = 0; i < tables; i += 1) await tableButtons.first().click()
  await expect(page.getByRole('table').first()).toBeVisible()
  expectClean(await inspectPage(page), guarded)

  // Copy a quote: the clipboard holds the payload as plain text.
  const wall = page.getByRole('region', { name: 'Quote wall' })
  const card = wall.locator('li[data-quote-id]').first()
  await card.scrollIntoViewIfNeeded()
  const quoteText = (await card.locator('blockquote').textContent()) ?? ''
  await card.getByRole('button', { name: /^Copy quote by/ }).click()
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  expect(copied).toContain(quoteText.replace(/^“|”$/g, ''))
  expect(xssPayloads.some((p) => copied.includes(p))).toBe(true)
  seenText.push(copied)

  // The Share / embed dialog names the view and builds links from the page, not from feed text.
  await page.getByRole('button', { name: 'Share / embed' }).first().click()
  const dialog = page.getByRole('dialog')
  await expect(dialog).toBeVisible()
  expectClean(await inspectPage(page), guarded)
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()

  // Clicking a source that is not http(s) goes nowhere and runs nothing.
  const plain = wall.getByText(/^src0/).first()
  if (await plain.count()) await plain.click()
  await nextFrame(page)
  expectClean(await inspectPage(page), guarded)
  expect(page.url()).toBe(server.url)
})

for (const view of ['timeline', 'quotes', 'markets', 'snapshot'] as const) {
  test(`?view=${view}: payloads stay text, links are http(s) with rel`, async ({ page }) => {
    const guarded = guard(page)
    await page.goto(`${server.url}?view=${view}`)
    if (view === 'quotes') await waitForData(page)
    else await page.waitForLoadState('networkidle')
    // Let the panel read the feed and render.
    await expect(page.locator('[role="status"][aria-label]')).toHaveCount(0)
    if (view === 'markets') {
      await expect(page.locator('.recharts-surface').first()).toBeVisible()
      const tableButtons = page.getByRole('button', { name: /^Show table/ })
      const n = await tableButtons.count()
      for (let i = 0; i < n; i += 1) await tableButtons.first().click()
    }
    const inspection = await inspectPage(page)
    expectClean(inspection, guarded)
    expect(
      xssPayloads.filter((p) => inspection.text.includes(p)).length,
      'payloads visible as text',
    ).toBeGreaterThan(0)
  })
}

test('the checks themselves see an element, a handler and a bad link injected into the page', async ({
  page,
}) => {
  await page.goto(`${server.url}?view=quotes`)
  await waitForData(page)
  await page.evaluate(() => {
    const img = document.createElement('img')
    img.setAttribute('src', 'x')
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg')
    svg.setAttribute('onload', '1')
    const script = document.createElement('a')
    script.setAttribute('href', 'javascript:void 0')
    const external = document.createElement('a')
    external.setAttribute('href', 'https://example.org/')
    document.body.append(img, svg, script, external)
  })
  const inspection = await inspectPage(page)
  expect(inspection.suspicious.length).toBeGreaterThanOrEqual(3)
  expect(inspection.badLinks).toHaveLength(2)
})

test('every payload was shown as literal text somewhere, and no hostile URL became a link', async () => {
  expect(
    seenText.length,
    'the view tests above fill seenText: run this file whole',
  ).toBeGreaterThan(0)
  const all = seenText.join('\n')
  const missing = xssPayloads.filter((p) => !all.includes(p))
  expect(missing, `payloads used: ${feed.used.size}, fields: ${feed.fields}`).toEqual([])
  // The one plain https source is a real link; hostile ones are text (checked per page above).
  expect(hostileUrls.length).toBeGreaterThanOrEqual(12)
})

test.describe('URL parameters (demo mode, the repo build)', () => {
  test.use({ serviceWorkers: 'allow' })

  test('malformed values are ignored with a console warning and the page renders; ?feed= never leaves the origin', async ({
    page,
    baseURL,
  }) => {
    const origin = new URL(baseURL!).origin
    const warnings: string[] = []
    const foreign: string[] = []
    const errors: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text())
    })
    page.on('pageerror', (error) => errors.push(String(error)))
    page.on('request', (request) => {
      const url = new URL(request.url())
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin)
        foreign.push(request.url())
    })
    await page.goto(
      './?tz=Mars/Base&theme=neon&asof=yesterday&view=nope&scenario=nope&refresh=-1&feed=https://evil.example/',
    )
    // The page renders the whole dashboard (?view=nope is the dashboard) with the demo data.
    await expect(page.getByText('12 of 12 quotes')).toBeVisible()
    await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible()
    await expect(page.getByRole('region', { name: 'Market reaction' })).toBeVisible()
    for (const name of ['tz', 'theme', 'asof', 'view', 'scenario', 'refresh', 'feed']) {
      expect(
        warnings.some((w) => w.includes(`?${name}=`)),
        `a warning names ?${name}= (got ${warnings.join(' | ')})`,
      ).toBe(true)
    }
    // The zone fell back to a real one; the theme to the configured one.
    expect(await page.locator('html').getAttribute('data-theme')).not.toBe('neon')
    await expect(page.getByText('Mars/Base')).toHaveCount(0)
    await settled(page)
    expect(foreign).toEqual([])
    expect(errors).toEqual([])
  })
})
