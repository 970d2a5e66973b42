import { expect, test, type Locator } from '@playwright/test'
import { rmSync } from 'node:fs'
import { copyFixtures, serveBuild } from './serve-build'

/** The vertical place of `locator` on the page, once it has stopped moving. */
async function settledY(locator: Locator): Promise<number> {
  let last = Number.NaN
  await expect
    .poll(async () => {
      const y = (await locator.boundingBox())?.y ?? Number.NaN
      const still = Math.abs(y - last) < 0.5
      last = y
      return still
    })
    .toBe(true)
  return last
}

// The demo's live day at 60x (see live-day.spec.ts) from 23:55Z on 9 June: Trump's five remarks of
// ~00:00Z arrive some 5 s of wall time in, at the top of the newest-first wall and just above the
// timeline's now line.
test('a quote arriving while the trader reads moves neither the wall’s rows nor the timeline’s now line', async ({
  page,
}) => {
  test.slow()
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.goto('./?demo=live&speed=60&start=2025-06-09T23:55:00Z&refresh=5&tz=UTC')
  const wall = page.getByRole('region', { name: 'Quote wall' })
  await expect(wall.getByText(/ of \d+ quotes?$/)).toBeVisible()
  await expect(wall.getByText('7 of 7 quotes')).toBeVisible()
  // The trader has scrolled the wall down past its newest quote, and reads the next one in view.
  const readId = await wall
    .locator('li[data-quote-id]')
    .first()
    .evaluate((first) => {
      let scroller = first.parentElement!
      while (scroller.scrollHeight <= scroller.clientHeight) scroller = scroller.parentElement!
      scroller.scrollTop = 300
      const top = scroller.getBoundingClientRect().top
      const cards = [...scroller.querySelectorAll<HTMLElement>('li[data-quote-id]')]
      return cards.find((card) => card.getBoundingClientRect().top >= top)!.dataset.quoteId
    })
  const card = wall.locator(`li[data-quote-id="${readId}"]`)
  const cardY = await settledY(card)
  const nowLine = page.getByRole('region', { name: 'Timeline' }).locator('[data-now-line]')
  await expect(nowLine).toBeInViewport()
  const nowY = await settledY(nowLine)

  // They arrive above the view: the wall counts them, and the rows in view stay where they were.
  await expect(wall.getByText('12 of 12 quotes')).toBeVisible({ timeout: test.info().timeout })
  expect(await settledY(card)).toBeCloseTo(cardY, 0)
  expect(await settledY(nowLine)).toBeCloseTo(nowY, 0)
})

test('a development arriving above the timeline’s now line leaves the line where the trader reads it', async ({
  page,
}) => {
  // Test data: the demo fixtures served as a desk's feed refreshed every 2 s; a development of
  // 08:05 London time (before the feed's now, 09:15) is added while the page is open.
  const fixtures = copyFixtures('ttm-kept-place-')
  const server = await serveBuild({
    config: { timeZone: 'Europe/London', refreshSeconds: 2 },
    feedDir: fixtures.dir,
  })
  try {
    await page.setViewportSize({ width: 1366, height: 768 })
    await page.goto(server.url)
    const timeline = page.getByRole('region', { name: 'Timeline' })
    const nowLine = timeline.locator('[data-now-line]')
    await expect(nowLine).toBeInViewport()
    // The now line's entry (a note of what is new may come inside it, above the line).
    const nowRow = nowLine.locator('xpath=ancestor::li[1]')
    const nowY = await settledY(nowRow)
    fixtures.edit('developments.json', (doc) => {
      const template = doc.developments![0]!
      doc.developments!.push({
        ...template,
        id: 'test-fresh',
        title: 'Test statement added while the page is open',
        summary: 'Test data. '.repeat(30),
        at: '2025-06-10T08:05:00+01:00',
        atPrecision: 'exact',
      })
    })
    await expect(timeline.getByText('Test statement added while the page is open')).toBeVisible({
      timeout: test.info().timeout,
    })
    // The list keeps the line's entry in place, and the note that a development is new comes over
    // the top of the list, in view, without pushing it down.
    await expect(timeline.getByText('1 new development since you last looked')).toBeInViewport()
    expect(await settledY(nowRow)).toBeCloseTo(nowY, 0)
  } finally {
    await server.close()
    rmSync(fixtures.dir, { recursive: true, force: true })
  }
})
