import { expect, test } from '@playwright/test'
import { watchPage } from './page-guards'

test('the production build shows all three regions from the demo feed, with no error and no foreign request', async ({
  page,
  baseURL,
}) => {
  const watched = watchPage(page, new URL(baseURL!).origin)
  await page.goto('./')
  await expect(page.getByText('Demo data')).toBeVisible()
  const timeline = page.getByRole('region', { name: 'Timeline' })
  await expect(timeline.getByText('Lancaster House').first()).toBeVisible()
  const quotes = page.getByRole('region', { name: 'Quote wall' })
  await expect(quotes.getByText('China’s not easy.')).toBeVisible()
  const markets = page.getByRole('region', { name: 'Market reaction' })
  // The snapshot sits in the band across the top; the region draws the charts.
  await expect(
    page.getByRole('list', { name: 'Market snapshot' }).getByText('6,005.88'),
  ).toBeVisible()
  await expect(
    markets.getByRole('article', { name: 'S&P 500' }).locator('.recharts-surface'),
  ).toBeVisible()
  await expect(page.getByRole('banner').getByText(/Day 2 starts in \d+ min/)).toBeVisible()
  // Said once: the briefing under the header does not repeat it.
  const briefing = page.getByRole('region', { name: 'Briefing' })
  await expect(briefing.getByText(/^On the table/)).toBeVisible()
  await expect(briefing).not.toContainText('Day 2 starts in')
  expect(watched.consoleErrors).toEqual([])
  expect(watched.foreignRequests).toEqual([])
})
