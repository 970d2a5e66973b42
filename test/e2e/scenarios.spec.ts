import { expect, test, type Page } from '@playwright/test'

// Fault scenarios (mocks/scenarios.ts, ?scenario= in demo mode) in real Chromium on the production
// build: the affected panel says what is wrong in words, the others are untouched, no page error
// and no error-boundary fallback.

function watch(page: Page) {
  const pageErrors: string[] = []
  page.on('pageerror', (error) => pageErrors.push(String(error)))
  return pageErrors
}

const quotesPanel = (page: Page) => page.getByRole('region', { name: 'Quote wall' })

async function otherPanelsUntouched(page: Page) {
  await expect(
    page.getByRole('region', { name: 'Timeline' }).getByText('Day 2').first(),
  ).toBeVisible()
  await expect(
    page.getByRole('list', { name: 'Market snapshot' }).getByText('6,005.88').first(),
  ).toBeVisible()
}

test('flaky: "retrying n of 3", then the quotes arrive', async ({ page }) => {
  const errors = watch(page)
  await page.goto('./?scenario=flaky&tz=Europe/London')
  await expect(quotesPanel(page).getByText(/retrying \([123] of 3\)/i)).toBeVisible()
  await expect(quotesPanel(page).getByText('12 of 12 quotes')).toBeVisible()
  await otherPanelsUntouched(page)
  expect(errors).toEqual([])
})

test('not-found: HTTP 404 in words with a Retry button, the rest of the page as usual', async ({
  page,
}) => {
  const errors = watch(page)
  await page.goto('./?scenario=not-found&tz=Europe/London')
  await expect(quotesPanel(page).getByRole('alert')).toContainText(/404/)
  await expect(quotesPanel(page).getByRole('button', { name: 'Retry' })).toBeVisible()
  await otherPanelsUntouched(page)
  await expect(page.getByText(/Something went wrong/i)).toHaveCount(0)
  expect(errors).toEqual([])
})

test('html-200: "the feed answered with an error page"', async ({ page }) => {
  const errors = watch(page)
  await page.goto('./?scenario=html-200&tz=Europe/London')
  await expect(quotesPanel(page).getByRole('alert')).toContainText(/answered with an error page/)
  await otherPanelsUntouched(page)
  expect(errors).toEqual([])
})

test('one-invalid: the good quotes show, the dropped one is named behind a toggle', async ({
  page,
}) => {
  const errors = watch(page)
  await page.goto('./?scenario=one-invalid&tz=Europe/London')
  const quotes = quotesPanel(page)
  await expect(quotes.getByText(/1 quote could not be read and is not shown/)).toBeVisible()
  await expect(quotes.getByText(/11 of 11 quotes/)).toBeVisible()
  await quotes.getByText(/1 quote could not be read/).click()
  await expect(quotes.getByText(/\$\.quotes\[1\]\.tone/)).toBeVisible()
  await otherPanelsUntouched(page)
  expect(errors).toEqual([])
})

test('bad-series: the Hang Seng Tech panel draws its finite points; the other charts are whole', async ({
  page,
}) => {
  const errors = watch(page)
  await page.goto('./?scenario=bad-series&tz=Europe/London')
  const markets = page.getByRole('region', { name: 'Market reaction' })
  await page.getByRole('list', { name: 'Market snapshot' }).scrollIntoViewIfNeeded()
  for (const name of ['S&P 500', 'Hang Seng Tech Index']) {
    await markets.getByRole('article', { name }).scrollIntoViewIfNeeded()
    await expect(markets.getByRole('article', { name }).locator('.recharts-surface')).toBeVisible()
  }
  const hstech = markets.getByRole('article', { name: 'Hang Seng Tech Index' })
  // The line has a real path: no NaN reached the SVG.
  const d = await hstech.locator('.market-line').first().getAttribute('d')
  expect(d).toBeTruthy()
  expect(d).not.toMatch(/NaN|Infinity/)
  await expect(page.getByText(/Something went wrong/i)).toHaveCount(0)
  expect(errors).toEqual([])
})
