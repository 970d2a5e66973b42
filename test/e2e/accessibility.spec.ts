import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { resolve } from 'node:path'
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server.mjs'

// axe-core with the WCAG 2.0/2.1 A and AA and WCAG 2.2 AA rules on every view, both themes,
// embedded and kiosk, and the loading, refresh-failed, error and empty states: zero violations.
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

async function scan(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(tags).analyze()
  const violations = results.violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1, 2).join(' ')}`),
  }))
  expect(violations).toEqual([])
}

/** Scrolls down so the lazily mounted charts are there, then back to the top. */
async function settle(page: Page, charts = true) {
  await page.waitForLoadState('networkidle')
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
  await page.waitForTimeout(300)
  if (charts && (await page.getByRole('region', { name: 'Market reaction' }).count())) {
    await expect(page.locator('.recharts-surface').first()).toBeVisible({ timeout: 15_000 })
    // They mount one per idle moment: give them time.
    await page.waitForTimeout(1000)
  }
  await page.evaluate(() => window.scrollTo(0, 0))
}

const views = ['dashboard', 'timeline', 'quotes', 'markets', 'snapshot'] as const

for (const theme of ['light', 'dark'] as const) {
  for (const view of views) {
    test(`${view}, ${theme} theme`, async ({ page }) => {
      const query = view === 'dashboard' ? `?theme=${theme}` : `?view=${view}&theme=${theme}`
      await page.goto(`./${query}&tz=Europe/London`)
      await settle(page, view !== 'snapshot')
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
      await expect(page.locator('[role="status"][aria-label^="Loading"]')).toHaveCount(0, { timeout: 15_000 })
      await page.evaluate(() => window.scrollTo(0, 0))
      await scan(page)
    })
  }
}

test('embedded single panel (?view=quotes&parent=)', async ({ page }) => {
  await page.goto('./?view=quotes&parent=http://127.0.0.1:1')
  await expect(page.getByText('12 of 12 quotes')).toBeVisible({ timeout: 15_000 })
  await scan(page)
})

test('kiosk (?kiosk)', async ({ page }) => {
  await page.goto('./?kiosk')
  await expect(page.getByText(/\d+ of \d+ quotes|Day 2/).first()).toBeVisible({ timeout: 15_000 })
  await settle(page)
  await scan(page)
})

test('loading state (the quotes never answer)', async ({ page }) => {
  await page.goto('./?scenario=hang&view=quotes')
  await expect(page.getByRole('status', { name: /Loading/i }).first()).toBeVisible()
  await scan(page)
})

test('error state (?scenario=not-found)', async ({ page }) => {
  await page.goto('./?scenario=not-found')
  await expect(page.getByRole('button', { name: /Retry/ }).first()).toBeVisible({ timeout: 15_000 })
  await settle(page)
  await scan(page)
})

test('empty state (?scenario=empty)', async ({ page }) => {
  await page.goto('./?scenario=empty')
  await page.waitForLoadState('networkidle')
  await page.waitForTimeout(500)
  await scan(page)
})

test('error-page and dropped-record states (?scenario=html-200, one-invalid)', async ({ page }) => {
  for (const scenario of ['html-200', 'one-invalid']) {
    await page.goto(`./?scenario=${scenario}&view=quotes`)
    await page.waitForLoadState('networkidle')
    await page.waitForTimeout(500)
    await scan(page)
  }
})

test.describe('stale data after a failed refresh (static feed)', () => {
  test.use({ serviceWorkers: 'block' })
  let server: StaticServer

  test.beforeAll(async () => {
    server = await startStaticServer({
      root: resolve(process.env.E2E_DIST ?? 'dist'),
      basePath: '/talks/',
      overrides: { 'config.json': { body: JSON.stringify({ feedUrl: './feed/', refreshSeconds: 3600 }) } },
      mounts: { 'feed/': resolve('mocks/fixtures') },
    })
  })
  test.afterAll(async () => server?.close())

  test('data on screen with the refresh-failed mark, both themes', async ({ page }) => {
    // Each failed refresh runs its retries (with backoff) before the mark shows.
    test.setTimeout(120_000)
    for (const theme of ['light', 'dark']) {
      await page.unrouteAll()
      await page.goto(`${server.url}?theme=${theme}`)
      await expect(page.getByText('12 of 12 quotes')).toBeVisible({ timeout: 15_000 })
      await settle(page)
      await page.route('**/feed/**', (route) => route.fulfill({ status: 500, body: 'down' }))
      await page.getByRole('button', { name: /Refresh/i }).first().click()
      await expect(page.getByText(/refresh failed|could not refresh|last updated|stale/i).first()).toBeVisible({ timeout: 30_000 })
      await expect(page.getByText('12 of 12 quotes')).toBeVisible()
      await page.waitForTimeout(500)
      await scan(page)
    }
  })
})

test('reduced motion: no CSS animation or transition runs, charts do not animate', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, reducedMotion: 'reduce' })
  const page = await context.newPage()
  try {
    await page.goto('./?scenario=hang')
    // A skeleton is on screen (it pulses for other users).
    await expect(page.getByRole('status', { name: /Loading/i }).first()).toBeVisible()
    expect(await page.evaluate(() => document.getAnimations().map((a) => (a as CSSAnimation).animationName ?? a.constructor.name))).toEqual([])
    await page.goto('./')
    await settle(page)
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
    const surface = page.locator('.recharts-surface').first()
    const box = (await surface.boundingBox())!
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2)
    await page.waitForTimeout(100)
    expect(await page.evaluate(() => document.getAnimations().length)).toBe(0)
    // Recharts draws its lines without the animated stroke-dasharray reveal.
    const dashed = await page.locator('.recharts-line-curve').evaluateAll((paths) =>
      paths.filter((p) => (p.getAttribute('stroke-dasharray') ?? '').includes('px')).length,
    )
    expect(dashed).toBe(0)
  } finally {
    await context.close()
  }
})

test('without reduced motion the skeleton pulses (the check above can fail)', async ({ page }) => {
  await page.goto('./?scenario=hang')
  await expect(page.getByRole('status', { name: /Loading/i }).first()).toBeVisible()
  expect(await page.evaluate(() => document.getAnimations().length)).toBeGreaterThan(0)
})
