import { expect, type Page } from '@playwright/test'

/**
 * Conditions a browser test waits for instead of sleeping: the page tells when it is done
 * (no loading skeleton, no chart still mounting), so a slow machine only makes the wait longer.
 */

/** The market charts are drawn: the region scrolled near (they mount near the viewport), none pending. */
export async function chartsDrawn(page: Page) {
  await appStarted(page)
  const markets = page.getByRole('region', { name: 'Market reaction' })
  if ((await markets.count()) === 0) return
  await markets.scrollIntoViewIfNeeded()
  await expect(markets.locator('[aria-busy="true"]')).toHaveCount(0)
  await expect(markets.locator('.recharts-surface').first()).toBeVisible()
}

/** The timeline's quote markers are in (they arrive a render after its sessions and developments). */
export async function quoteMarkersIn(page: Page) {
  const timeline = page.getByRole('region', { name: 'Timeline' })
  await expect(timeline.getByRole('list', { name: /in time order/ })).toBeVisible()
  await expect(timeline.getByText('Loading the quote markers…')).toHaveCount(0)
}

/**
 * The app has replaced the start-up shell (which comes from a chunk of its own, so the page can be
 * loaded before either is there).
 */
export async function appStarted(page: Page) {
  await expect(page.locator('#root')).not.toBeEmpty()
  await expect(page.locator('#timeline-loading, #quotes-loading, #markets-loading')).toHaveCount(0)
}

/** No panel is loading, every chart is drawn, and the page is back at the top. */
export async function settled(page: Page, { charts = true } = {}) {
  await appStarted(page)
  await expect(
    page.getByRole('status', { name: /^Loading the (timeline|quotes|markets)$/ }),
  ).toHaveCount(0)
  if (charts) {
    await chartsDrawn(page)
    await expect(page.getByRole('status', { name: /^Loading/ })).toHaveCount(0)
  }
  await page.evaluate(() => window.scrollTo(0, 0))
  await nextFrame(page)
}

/**
 * The page has handled what is queued and painted once more: after a click that should do nothing,
 * whatever it would have done (navigate, run a handler, open a dialog) has started by then.
 */
export async function nextFrame(page: Page) {
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))),
  )
}
