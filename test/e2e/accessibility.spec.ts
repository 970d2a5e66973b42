import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { serveBuild } from './serve-build'
import { type StaticServer } from '../../scripts/lib/static-server.mjs'
import { chartsDrawn, nextFrame, settled } from './page-ready'
import { wcagTags } from './axe'

// axe-core with the WCAG 2.0/2.1 A and AA and WCAG 2.2 AA rules on every view, both themes,
// embedded and kiosk, and the loading, refresh-failed, error and empty states: zero violations.

async function scan(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze()
  const violations = results.violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    nodes: v.nodes
      .slice(0, 5)
      .map((n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1, 2).join(' ')}`),
  }))
  expect(violations).toEqual([])
}

const views = ['dashboard', 'timeline', 'quotes', 'markets', 'snapshot'] as const

for (const theme of ['light', 'dark'] as const) {
  for (const view of views) {
    test(`${view}, ${theme} theme`, async ({ page }) => {
      const query = view === 'dashboard' ? `?theme=${theme}` : `?view=${view}&theme=${theme}`
      await page.goto(`./${query}&tz=Europe/London`)
      await expect(page.getByRole('region').first()).toBeVisible()
      await settled(page, { charts: view !== 'snapshot' })
      await scan(page)
    })
  }
}

for (const theme of ['light', 'dark'] as const) {
  test(`replay mid-session (?asof=), ${theme} theme`, async ({ page }) => {
    await page.goto(`./?asof=2025-06-09T14:00:00Z&theme=${theme}&tz=Europe/London`)
    await expect(page.getByText(/^Summary as the feed has it now/).first()).toBeVisible()
    await settled(page, { charts: true })
    await scan(page)
  })
}

test('embedded single panel (?view=quotes&parent=)', async ({ page }) => {
  await page.goto('./?view=quotes&parent=http://127.0.0.1:1')
  await expect(page.getByText('12 of 12 quotes')).toBeVisible()
  await scan(page)
})

test('kiosk (?kiosk)', async ({ page }) => {
  await page.goto('./?kiosk')
  await expect(page.getByText(/\d+ of \d+ quotes|Day 2/).first()).toBeVisible()
  await settled(page)
  await scan(page)
})

test('loading state (the quotes never answer)', async ({ page }) => {
  await page.goto('./?scenario=hang&view=quotes')
  await expect(page.getByRole('status', { name: /Loading/i }).first()).toBeVisible()
  await scan(page)
})

test('error state (?scenario=not-found)', async ({ page }) => {
  await page.goto('./?scenario=not-found')
  await expect(page.getByRole('button', { name: /Retry/ }).first()).toBeVisible()
  await settled(page)
  await scan(page)
})

test('empty state (?scenario=empty)', async ({ page }) => {
  await page.goto('./?scenario=empty')
  await expect(page.getByText('The feed has no quotes yet.')).toBeVisible()
  // Said once, in the markets' one line (no band over empty room).
  await expect(page.getByText('The feed lists no market instruments.')).toHaveCount(1)
  await expect(page.getByText('No market snapshot (see the markets panel).')).toHaveCount(0)
  await expect(
    page
      .getByRole('region', { name: 'Market reaction' })
      .getByText('The feed lists no market instruments.'),
  ).toBeVisible()
  await settled(page, { charts: false })
  await scan(page)
})

test('error-page and dropped-record states (?scenario=html-200, one-invalid)', async ({ page }) => {
  const shown = {
    'html-200': /answered with an error page/,
    'one-invalid': /1 quote could not be read/,
  }
  for (const [scenario, text] of Object.entries(shown)) {
    await page.goto(`./?scenario=${scenario}&view=quotes`)
    await expect(page.getByText(text).first()).toBeVisible()
    await settled(page, { charts: false })
    await scan(page)
  }
})

test.describe('stale data after a failed refresh (static feed)', () => {
  test.use({ serviceWorkers: 'block' })
  let server: StaticServer

  test.beforeAll(async () => {
    server = await serveBuild()
  })
  test.afterAll(async () => server?.close())

  test('data on screen with the refresh-failed mark, both themes', async ({ page }) => {
    // A failed refresh runs its retries (with backoff: 7 s) before the mark shows: fail once, then
    // scan both themes (the theme follows the system's scheme unless the URL sets one).
    test.slow()
    await page.emulateMedia({ colorScheme: 'light' })
    await page.goto(server.url)
    await expect(page.getByText('12 of 12 quotes')).toBeVisible()
    await settled(page)
    await page.route('**/feed/**', (route) => route.fulfill({ status: 500, body: 'down' }))
    await page
      .getByRole('button', { name: /Refresh/i })
      .first()
      .click()
    await expect(page.getByText(/Refresh failed; showing data from/).first()).toBeVisible({
      timeout: test.info().timeout,
    })
    await expect(page.getByText('12 of 12 quotes')).toBeVisible()
    await settled(page)
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme })
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(
        scheme === 'dark',
      )
      await scan(page)
    }
  })
})

test('reduced motion: no CSS animation or transition runs, charts do not animate', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ baseURL, reducedMotion: 'reduce' })
  const page = await context.newPage()
  try {
    await page.goto('./?scenario=hang')
    // A skeleton is on screen (it pulses for other users).
    await expect(page.getByRole('status', { name: /Loading/i }).first()).toBeVisible()
    expect(
      await page.evaluate(() =>
        document
          .getAnimations()
          .map((a) => (a as CSSAnimation).animationName ?? a.constructor.name),
      ),
    ).toEqual([])
    await page.goto('./')
    await settled(page)
    await chartsDrawn(page)
    const surface = page.locator('.recharts-surface').first()
    const box = (await surface.boundingBox())!
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2)
    // The shared crosshair is drawn (and the panel headers read the hovered moment).
    await expect(page.locator('[data-crosshair]').first()).toBeAttached()
    await expect(
      page.locator('[data-testid="market-readout"][data-hovering="true"]').first(),
    ).toBeVisible()
    await nextFrame(page)
    expect(await page.evaluate(() => document.getAnimations().length)).toBe(0)
    // Recharts draws its lines without the animated stroke-dasharray reveal.
    const dashed = await page
      .locator('.recharts-line-curve')
      .evaluateAll(
        (paths) =>
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
