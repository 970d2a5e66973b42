import { expect, test } from '@playwright/test'
import { watchPage } from './page-guards'

// The demo plays the article's day at 60x from 03:55Z: Robin Xing's research note (~04:00Z, 12:00
// Beijing) arrives about 5 s of wall time later; the page polls every 5 s (?refresh=5).
test('the live demo day at 60x: a new quote arrives and is marked New', async ({
  page,
  baseURL,
}) => {
  test.slow()
  const watched = watchPage(page, new URL(baseURL!).origin)
  await page.goto('./?demo=live&speed=60&start=2025-06-09T03:55:00Z&refresh=5&tz=UTC')
  const wall = page.getByRole('region', { name: 'Quote wall' })
  // Before it arrives: the wall has loaded and Robin Xing has said nothing yet.
  await expect(wall.getByText(/ of \d+ quotes?$/)).toBeVisible()
  const xing = wall.locator('li[data-quote-id="xing-calibrated-tool"]')
  await expect(xing).toHaveCount(0)
  // The page notes what the card says the moment it appears: the badge is meant to go once the
  // card has been seen, so on a slow machine a later look could miss it.
  await page.evaluate(() => {
    const target = window as unknown as { __xingOnArrival?: { text: string; badged: boolean } }
    const observer = new MutationObserver(() => {
      const card = document.querySelector('li[data-quote-id="xing-calibrated-tool"]')
      if (!card) return
      const badged = [...card.querySelectorAll('*')].some((el) =>
        /^\W*New$/.test(el.textContent?.trim() ?? ''),
      )
      target.__xingOnArrival = { text: card.textContent ?? '', badged }
      observer.disconnect()
    })
    observer.observe(document.body, { childList: true, subtree: true })
  })
  // It arrives, badged New.
  await expect(xing).toHaveCount(1, { timeout: test.info().timeout })
  await expect(xing).toContainText('Rare earths remain China’s calibrated tool')
  const onArrival = await page.evaluate(
    () =>
      (window as unknown as { __xingOnArrival?: { text: string; badged: boolean } })
        .__xingOnArrival,
  )
  expect(onArrival?.text).toContain('Rare earths remain China’s calibrated tool')
  expect(onArrival?.badged).toBe(true)
  expect(watched.consoleErrors).toEqual([])
  expect(watched.foreignRequests).toEqual([])
})

test('an ?asof= link shows only what was known then', async ({ page, baseURL }) => {
  const watched = watchPage(page, new URL(baseURL!).origin)
  await page.goto('./?asof=2025-06-09T18:00:00Z&tz=UTC')
  await expect(page.getByRole('banner').getByText('Replay', { exact: true })).toBeVisible()
  const wall = page.getByRole('region', { name: 'Quote wall' })
  await expect(wall.getByText(/ of \d+ quotes?$/)).toBeVisible()
  // Hassett on CNBC (~12:00Z on 9 June) had been said; Trump at the White House (~00:00Z on 10 June) not yet.
  await expect(wall.locator('li[data-quote-id="hassett-high-end-nvidia"]')).toHaveCount(1)
  await expect(wall.locator('li[data-quote-id^="trump-"]')).toHaveCount(0)
  await expect(wall.getByText('China’s not easy.')).toHaveCount(0)
  // History is not news.
  await expect(wall.getByText(/^\W*New$/)).toHaveCount(0)
  const timeline = page.getByRole('region', { name: 'Timeline' })
  const day1 = timeline.locator('[data-roving-id="session:london-day-1"]')
  // 18:00Z is 19:00 London, Day 1's reported end: it has just concluded; Day 2 is still ahead.
  await expect(day1.getByRole('button').first()).toContainText('Concluded')
  await expect(
    timeline.locator('[data-roving-id="session:london-day-2"]').getByRole('button').first(),
  ).toContainText('Scheduled')
  await expect(timeline.getByText('China’s not easy.')).toHaveCount(0)
  // An hour earlier the talks were still going, with no end known yet.
  await page.goto('./?asof=2025-06-09T17:00:00Z&tz=UTC')
  await expect(day1.getByRole('button').first()).toContainText('In session')
  await expect(day1).toContainText('running')
  await expect(wall.locator('li[data-quote-id="hassett-high-end-nvidia"]')).toHaveCount(1)
  await expect(wall.locator('li[data-quote-id="bessent-good"]')).toHaveCount(0)
  expect(watched.consoleErrors).toEqual([])
})

test('alerts fire in the live demo day: a session start, as a message on the page', async ({
  page,
}) => {
  // Set as a viewer would have on an earlier visit (stored per feed in the browser).
  await page.addInitScript(() => {
    const feed = new URL('demo-feed/', document.baseURI).href
    localStorage.setItem(
      `ttm.alerts.v1:${feed}`,
      JSON.stringify([
        { kind: 'session', id: 'day-starts', muted: false, sessionId: null, edge: 'start' },
      ]),
    )
  })
  // Day 1 opened at ~12:00Z; the day plays at 60x from 11:58Z.
  await page.goto('./?demo=live&speed=60&start=2025-06-09T11:58:00Z&refresh=5&tz=UTC')
  await expect(page.getByRole('button', { name: 'Alerts (1)' })).toBeVisible()
  const fired = page.getByRole('region', { name: 'Alerts fired' }).getByRole('status')
  await expect(fired).toHaveCount(1, { timeout: test.info().timeout })
  // Fired by the page's clock at 12:00Z: 'has started' when the feed's last answer (every 5 s) had
  // it in session by then, else the schedule's start, said as such.
  await expect(fired).toContainText(/Day 1 (has started|was scheduled to start now)/)
})

test('alerts fire in the live demo day: a move of N sigma since an event', async ({ page }) => {
  // Brent since China's May export figures (03:00Z on 9 June): about 0.3 sigma of its own moves over
  // the same time at 03:15Z, past 1 sigma some 25 simulated minutes later (25 s of wall time at 60x).
  await page.addInitScript(() => {
    const feed = new URL('demo-feed/', document.baseURI).href
    const rule = {
      kind: 'sigma',
      id: 'brent-sigma',
      muted: false,
      instrumentId: 'brent',
      sigma: 1,
      since: { kind: 'development', id: 'china-may-exports-to-us' },
    }
    localStorage.setItem(`ttm.alerts.v1:${feed}`, JSON.stringify([rule]))
  })
  await page.goto('./?demo=live&speed=60&start=2025-06-09T03:15:00Z&refresh=5&tz=UTC')
  await page.getByRole('button', { name: 'Alerts (1)' }).click()
  await expect(page.getByRole('list', { name: 'Your alerts' })).toContainText(
    "Brent moves 1 sigma either way since “China's May exports to the US down 34.5%”",
  )
  await page.keyboard.press('Escape')
  const fired = page.getByRole('region', { name: 'Alerts fired' }).getByRole('status')
  await expect(fired).toHaveCount(1, { timeout: test.info().timeout })
  await expect(fired).toContainText(/Brent [+−]\d+\.\d\d% \(\d+\.\d sigma\) since /)
  // The demo's prices are generated: the alert says so.
  await expect(fired).toContainText('(illustrative prices)')
})
