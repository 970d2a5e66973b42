import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { type StaticServer } from '../../scripts/lib/static-server.mjs'
import { spxCloses, type MultiMonthFeed } from './multi-month-feed'
import { serveMultiMonthFeed, type ServedMultiMonthFeed } from './serve-multi-month-feed'
import { watchPage } from './page-guards'
import { expectNoAxeViolations } from './axe'

// The production build reading a feed published as static files on a second origin: three rounds
// over three and a half months, a daily S&P 500, an hourly illustrative series, a yield, 20
// instruments in groups (test/e2e/multi-month-feed.ts). Service workers are blocked: no demo.
test.use({ serviceWorkers: 'block', viewport: { width: 1400, height: 1000 } })

let served: ServedMultiMonthFeed
let feed: MultiMonthFeed
let app: StaticServer

test.beforeAll(async () => {
  served = await serveMultiMonthFeed({ timeZone: 'America/New_York' })
  ;({ feed, app } = served)
})

test.afterAll(async () => {
  await served?.close()
})

const region = (page: Page) => page.getByRole('region', { name: 'Market reaction' })

async function openMarkets(page: Page, search: string) {
  await page.goto(`${app.url}?view=markets&${search}`)
  const markets = region(page)
  await expect(
    markets.getByRole('article', { name: 'S&P 500' }).locator('.market-line'),
  ).toBeVisible()
  return markets
}

/** The x extent of a chart's line and of its plot (the x axis line), in px. */
async function lineAndPlot(chart: Locator) {
  return chart.evaluate((el) => {
    const d = el.querySelector('.market-line')?.getAttribute('d') ?? ''
    const xs = [...d.matchAll(/[ML]\s*([-\d.]+)[ ,]/g)].map((m) => Number(m[1]))
    const axis = el.querySelector('.recharts-xAxis .recharts-cartesian-axis-line')
    return {
      moves: (d.match(/M/g) ?? []).length,
      min: Math.min(...xs),
      max: Math.max(...xs),
      x1: Number(axis?.getAttribute('x1')),
      x2: Number(axis?.getAttribute('x2')),
    }
  })
}

/** Every pair of neighbouring x-axis labels of every chart in view, as measured boxes. */
async function overlappingLabels(markets: Locator) {
  return markets.locator('.recharts-surface').evaluateAll((charts) =>
    charts.flatMap((chart) => {
      const boxes = [...chart.querySelectorAll('.recharts-xAxis-tick-labels text')]
        .map((t) => ({ text: t.textContent ?? '', box: t.getBoundingClientRect() }))
        .sort((a, b) => a.box.left - b.box.left)
      return boxes
        .slice(1)
        .flatMap((b, i) =>
          b.box.left < boxes[i]!.box.right ? [`${boxes[i]!.text} / ${b.text}`] : [],
        )
    }),
  )
}

test('the daily S&P 500 is drawn close to close across the whole plot, with dated ticks that never overlap', async ({
  page,
}) => {
  const watched = watchPage(page, new URL(app.url).origin)
  const markets = await openMarkets(page, '')
  const spx = markets.getByRole('article', { name: 'S&P 500' })
  const { moves, min, max, x1, x2 } = await lineAndPlot(spx)
  expect(moves).toBe(1) // one unbroken line, not a segment per close
  expect(x2 - x1).toBeGreaterThan(200) // a card of four to the row at 1400 px
  expect(min - x1).toBeLessThan(3)
  // The whole-feed window leaves a little room after the last close (under a 12th of the plot).
  expect(x2 - max).toBeLessThan((x2 - x1) / 12)
  const labels = await spx.locator('.recharts-xAxis-tick-labels text').allTextContents()
  expect(labels.length).toBeGreaterThanOrEqual(3)
  expect(labels[0]).toMatch(/^(Mon \d+ [A-Z][a-z]{2}|[A-Z][a-z]{2} 2025)$/)
  // Every chart mounted, including the comparison, then no label overlaps another.
  await expect(markets.getByRole('heading', { name: /All instruments rebased/ })).toBeVisible()
  await expect(markets.getByRole('article')).toHaveCount(feed.instrumentCount)
  expect(await overlappingLabels(markets)).toEqual([])
  // Only the feed's second origin besides the app's own.
  expect(watched.foreignRequests.filter((url) => !url.startsWith(served.feedUrl))).toEqual([])
  expect(watched.consoleErrors).toEqual([])
})

test('each round is a window choice; selecting a session shows its round, with labels that still fit', async ({
  page,
}) => {
  const markets = await openMarkets(page, 'session=london-day-1')
  const select = markets.getByRole('combobox', { name: 'Time window' })
  // The last-hours choices are there; whether they hold prices depends on the real clock.
  await expect(select.locator('option[value^="last:"]')).toHaveCount(3)
  await expect(select.locator('option:not([value^="last:"])')).toHaveText([
    'Selected session or event',
    'The day',
    'Geneva round',
    'London round',
    'Stockholm round',
    'The whole feed',
  ])
  await expect(select).toHaveValue('round:london-2025-06')
  await select.selectOption({ label: 'Stockholm round' })
  await expect(page).toHaveURL(/window=round%3Astockholm-2025-07|window=round:stockholm-2025-07/)
  await expect(
    markets
      .getByRole('article', { name: 'S&P 500' })
      .locator('.recharts-xAxis-tick-labels text')
      .first(),
  ).toHaveText(/Jul/)
  expect(await overlappingLabels(markets)).toEqual([])
  await select.selectOption({ label: 'Selected session or event' })
  await expect(
    markets
      .getByRole('article', { name: 'Nasdaq 100 (hourly, illustrative)' })
      .locator('.recharts-xAxis-tick-labels text')
      .first(),
  ).toHaveText(/\d\d:\d\d/)
  expect(await overlappingLabels(markets)).toEqual([])
})

test('a window that ends before the latest day names the day the day change is of', async ({
  page,
}) => {
  const markets = await openMarkets(page, 'session=london-day-2')
  const spx = markets.getByRole('article', { name: 'S&P 500' })
  // The chart ends in June; the change is the last close's, 31 July's: said so, not "on the day".
  await expect(spx).toContainText('Last, Thu 12 Jun')
  await expect(spx).toContainText(/S&P 500 [−+][\d.]+% on Thu 31 Jul \(from its series\)/)
  await markets
    .getByRole('combobox', { name: 'Time window' })
    .selectOption({ label: 'The whole feed' })
  // The whole feed ends on 31 July too, a later day than Day 2's (10 June): still named.
  await expect(spx).toContainText(/S&P 500 [−+][\d.]+% on Thu 31 Jul \(from its series\)/)
})

test('the reaction table reads daily data right: n/a at +15 min, the day’s close against the previous close, signs as the market moved', async ({
  page,
}) => {
  const markets = await openMarkets(page, 'session=london-day-1')
  const table = markets.getByRole('table', { name: /Reaction to London, Day 1/ })
  const row = (name: string) => table.getByRole('row', { name: new RegExp(`^${name}`) })
  const spx = row('S&P 500')
  await expect(spx.getByRole('cell').nth(0)).toHaveText('previous close, Fri 6 Jun')
  await expect(spx.getByRole('cell').nth(1)).toHaveText('n/a (daily data)')
  await expect(spx.getByRole('cell').nth(3)).toContainText('+0.09%')
  await expect(row('US 10Y').getByRole('cell').nth(3)).toContainText(/[+−]\d+\.\d bp/)
  // An hourly series: +15 min is finer than the data.
  await expect(row('NDX hourly').getByRole('cell').nth(1)).toHaveText('n/a (hourly data)')

  // Stockholm Day 2, 18:00 in Stockholm, is noon in New York: that day's close against Monday's.
  // The hourly series ends in June: no series has intraday prices, so no +15 min or +1 h columns.
  await page.goto(`${app.url}?view=markets&session=stockholm-day-2`)
  const stockholm = region(page).getByRole('table', { name: /Reaction to .*Stockholm Day 2/ })
  await expect(stockholm).toHaveAccessibleName(/no \+15 min or \+1 h: no intraday prices$/)
  await expect(
    stockholm
      .getByRole('row', { name: /^S&P 500/ })
      .getByRole('cell')
      .nth(1),
  ).toContainText('−0.30%')
  // The Geneva weekend: Monday's close against Friday's, a move the series has rarely seen.
  await page.goto(`${app.url}?view=markets&session=geneva-day-1`)
  const geneva = region(page)
    .getByRole('table', { name: /Reaction to .*Geneva Day 1/ })
    .getByRole('row', { name: /^S&P 500/ })
    .getByRole('cell')
    .nth(1)
  await expect(geneva).toContainText('+3.26%')
  await expect(geneva).toContainText(/sigma/)
})

test('says illustrative only of the series that are; events before the first price are shown with words', async ({
  page,
}) => {
  const markets = await openMarkets(page, 'session=london-day-1')
  await expect(
    markets
      .getByRole('article', { name: 'Nasdaq 100 (hourly, illustrative)' })
      .getByText('Illustrative path'),
  ).toBeVisible()
  await expect(
    markets.getByRole('article', { name: 'S&P 500' }).getByText('Illustrative path'),
  ).toHaveCount(0)
  await expect(
    markets.getByRole('table', { name: /Reaction to London, Day 1/ }),
  ).toHaveAccessibleName(/illustrative paths, not real prices: NDX hourly$/)
  await expect(markets.getByText('Illustrative: NDX hourly')).toBeVisible()

  await page.goto(`${app.url}?view=markets&window=all`)
  const spx = region(page).getByRole('article', { name: 'S&P 500' })
  await spx.scrollIntoViewIfNeeded()
  await expect(
    spx
      .getByRole('toolbar')
      .getByRole('button', { name: /before the first price in this series: Tariffs announced/ }),
  ).toBeVisible()
})

test('a price the feed stopped updating in June is marked out of date, on its card and in the snapshot; closes up to the last session are not', async ({
  page,
}) => {
  const markets = await openMarkets(page, '')
  const hourly = markets.getByRole('article', { name: 'Nasdaq 100 (hourly, illustrative)' })
  await expect(hourly.getByText('No price since Fri 13 Jun')).toBeVisible()
  const snapshot = markets.getByRole('list', { name: 'Market snapshot' })
  await expect(
    snapshot.getByRole('listitem').filter({ hasText: 'NDX hourly' }).locator('[data-stale-price]'),
  ).toHaveText(/No price since Fri 13 Jun/)
  // The S&P 500's daily closes run to Thursday's: nothing is missing on Friday morning.
  const spx = markets.getByRole('article', { name: 'S&P 500' })
  await expect(spx.getByText(/S&P 500 .* on the day/)).toBeVisible()
  await expect(spx.getByText(/^No (price|close)/)).toHaveCount(0)
})

test('twenty instruments in groups; the viewer picks which are shown, kept in the URL', async ({
  page,
}) => {
  const markets = await openMarkets(page, '')
  await expect(markets.getByRole('heading', { name: 'Chip makers' })).toBeVisible()
  await markets.getByText(/Instruments: 20 of 20 shown/).click()
  await markets.getByRole('checkbox', { name: 'All of Chip makers' }).uncheck()
  await expect(page).toHaveURL(/instruments=/)
  await expect(markets.getByText(/Instruments: 10 of 20 shown/)).toBeVisible()
  await expect(markets.getByRole('article', { name: /test stock/ })).toHaveCount(0)
  await page.reload()
  await expect(region(page).getByText(/Instruments: 10 of 20 shown/)).toBeVisible()
})

// An embed of one chart: the group heading over it ("US equities") only pushed the chart down.
test('one instrument alone (?instrument=) has no group heading over its card', async ({ page }) => {
  const markets = await openMarkets(page, 'instrument=spx')
  await expect(markets.getByRole('article')).toHaveCount(1)
  await expect(markets.getByRole('heading', { name: 'US equities' })).toHaveCount(0)
  await expect(markets.getByRole('heading', { name: 'S&P 500', exact: true })).toBeVisible()
})

test('small groups share a row of the grid: a group of one sits beside a group of two, at the same height', async ({
  page,
}) => {
  // 1400 px, the markets alone: four columns. US equities (2), Rates (1) and FX (1) fill the first
  // row; before, every group began a row of its own and Rates sat alone with its row's rest empty.
  const markets = await openMarkets(page, '')
  const card = (name: string) => markets.getByRole('article', { name })
  const heading = (name: string) => markets.getByRole('heading', { name })
  await expect(card('US 10-year Treasury yield')).toBeVisible()
  const boxOf = async (item: Locator) => (await item.boundingBox())!
  const spx = await boxOf(card('S&P 500'))
  const ndx = await boxOf(card('Nasdaq 100 (hourly, illustrative)'))
  const rates = await boxOf(card('US 10-year Treasury yield'))
  const fx = await boxOf(card('US dollar / offshore yuan'))
  const equitiesHeading = await boxOf(heading('US equities'))
  const ratesHeading = await boxOf(heading('Rates'))
  expect(Math.abs(ratesHeading.y - equitiesHeading.y)).toBeLessThan(1)
  expect(rates.x).toBeGreaterThan(ndx.x + ndx.width)
  expect(fx.x).toBeGreaterThan(rates.x + rates.width)
  for (const box of [ndx, rates, fx]) {
    expect(Math.abs(box.y - spx.y)).toBeLessThan(1)
    expect(Math.abs(box.height - spx.height)).toBeLessThan(1)
  }
  // Commodities (3) do not fit beside them: the group takes the next row, from its start.
  const soybeans = await boxOf(card('Soybean futures'))
  expect(soybeans.y).toBeGreaterThan(spx.y + spx.height)
  expect(Math.abs(soybeans.x - spx.x)).toBeLessThan(1)
})

test('the markets alone on a wider screen hold more charts to a row, each as wide as on a desk’s dashboard', async ({
  page,
}) => {
  // Three columns of 600 px charts on a 1920 px screen showed twenty instruments three at a time.
  for (const [width, columns] of [
    [1400, 4],
    [1680, 5],
    [1920, 6],
  ] as const) {
    await page.setViewportSize({ width, height: 1000 })
    const markets = await openMarkets(page, '')
    const chips = markets.getByRole('article', { name: /\(test stock\)/ })
    await expect(chips.first()).toBeVisible()
    const tops = await chips.evaluateAll((cards) =>
      cards.map((card) => Math.round(card.getBoundingClientRect().top)),
    )
    // Chip makers (ten cards) fill whole rows: as many to the first row as the grid has columns.
    expect(
      tops.filter((top) => top === tops[0]),
      `${width} px`,
    ).toHaveLength(columns)
    const width0 = (await chips.first().boundingBox())!.width
    expect(width0).toBeGreaterThan(250)
  }
})

test('dragging across a chart zooms every panel to that range, kept in the URL; double-click goes back', async ({
  page,
}) => {
  const markets = await openMarkets(page, '')
  const chart = markets.getByRole('article', { name: 'S&P 500' }).locator('.recharts-surface')
  await chart.scrollIntoViewIfNeeded()
  const box = (await chart.boundingBox())!
  const y = box.y + box.height * 0.4
  await page.mouse.move(box.x + box.width * 0.35, y)
  await page.mouse.down()
  for (const f of [0.4, 0.45, 0.5, 0.55]) await page.mouse.move(box.x + box.width * f, y)
  await page.mouse.up()
  await expect
    .poll(() => decodeURIComponent(page.url()))
    .toMatch(/window=2025-\d\d-\d\dT\d\d:\d\dZ~2025-/)
  await expect(markets.getByRole('combobox', { name: 'Time window' })).toHaveValue('range')
  // A few weeks now: the axis reads in days.
  await expect(
    markets
      .getByRole('article', { name: 'S&P 500' })
      .locator('.recharts-xAxis-tick-labels text')
      .first(),
  ).toHaveText(/^[A-Z][a-z]{2} \d+/)
  const zoomed = page.url()
  await page.reload()
  await expect(region(page).getByRole('combobox', { name: 'Time window' })).toHaveValue('range')
  expect(page.url()).toBe(zoomed)
  // The plot (its crosshair layer, which takes the pointer) is what the user double-clicks.
  const again = region(page).getByRole('slider', { name: /^S&P 500 chart/ })
  await again.scrollIntoViewIfNeeded()
  await again.dblclick()
  await expect(page).not.toHaveURL(/window=/)

  // The comparison chart zooms the same way.
  const comparison = region(page)
    .getByRole('region', { name: /All instruments rebased/ })
    .locator('.recharts-surface')
  await comparison.scrollIntoViewIfNeeded()
  const c = (await comparison.boundingBox())!
  await page.mouse.move(c.x + c.width * 0.6, c.y + c.height * 0.5)
  await page.mouse.down()
  for (const f of [0.65, 0.7, 0.75, 0.8])
    await page.mouse.move(c.x + c.width * f, c.y + c.height * 0.5)
  await page.mouse.up()
  await expect
    .poll(() => decodeURIComponent(page.url()))
    .toMatch(/window=2025-\d\d-\d\dT\d\d:\d\dZ~2025-/)
})

test('the region on a real-shaped feed passes axe (WCAG 2.0/2.1 A+AA, 2.2 AA), instrument list open, event selected', async ({
  page,
}) => {
  const markets = await openMarkets(page, 'session=london-day-1')
  await expect(markets.getByRole('article')).toHaveCount(feed.instrumentCount)
  await markets.getByText(/Instruments: 20 of 20 shown/).click()
  await expect(markets.getByRole('checkbox', { name: 'All of Rates' })).toBeVisible()
  await expectNoAxeViolations(page, '#markets')
})

test('on a phone the briefing shows its first move whole; the long heading before it gives way', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto(app.url)
  const moves = page.getByRole('group', { name: 'Market moves' })
  await expect(moves.getByRole('button', { name: /more moves: show all 20/ })).toBeVisible()
  const first = moves.getByRole('list', { name: 'Moves' }).getByRole('listitem').first()
  await expect(first).toContainText(/S&P 500\s*[−+]\d+\.\d\d%/)
  // Drawn whole: the figure's text lies inside the item (an ellipsis would cut it).
  const figure = first.getByText(/^[−+]\d+\.\d\d%$/)
  await expect
    .poll(async () => {
      const [text, item] = [(await figure.boundingBox())!, (await first.boundingBox())!]
      return text.x + text.width - (item.x + item.width)
    })
    .toBeLessThanOrEqual(0.5)
  // Shortened on screen, whole in the page's text.
  const heading = moves.getByText('Since Stockholm round began:')
  expect(await heading.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true)
})

test('replayed in June, the daily S&P 500 reads its day change and previous close from its own closes, not the July close', async ({
  page,
}) => {
  // Monday 9 June's close against Friday 6 June's (test data, test/e2e/multi-month-feed.ts).
  const change =
    ((spxCloses['2025-06-09']! - spxCloses['2025-06-06']!) / spxCloses['2025-06-06']!) * 100
  await page.goto(`${app.url}?asof=2025-06-10T12:00:00Z&tz=UTC`)
  const band = page.getByRole('list', { name: 'Market snapshot' })
  const spx = band.getByRole('listitem').filter({ has: page.getByText('S&P 500', { exact: true }) })
  await expect(spx).toContainText(`+${change.toFixed(2)}%`)
  await expect(spx).toContainText('from the series')
  await expect(band).not.toContainText(/\d{4}-\d\d-\d\dT/)
  const card = region(page).getByRole('article', { name: 'S&P 500' })
  await expect(card.locator('[data-axis-label="previous-close"]')).toHaveText(
    spxCloses['2025-06-06']!.toLocaleString('en-GB', { minimumFractionDigits: 2 }),
  )
})

test('on paper, the markets say which instruments, window and rebase the charts show (the controls are not printed)', async ({
  page,
}) => {
  const markets = await openMarkets(page, 'instruments=spx,us10y&session=london-day-1')
  const printed = markets.getByText(/^2 of 20 instruments shown · window: London round, /)
  await expect(printed).toBeHidden()
  await page.emulateMedia({ media: 'print' })
  await expect(printed).toBeVisible()
  await expect(printed).toContainText('rebased to Mon 9 Jun')
  await expect(printed).toContainText('London, Day 1 (session)')
})

test('on paper, the briefing and the snapshot band name all twenty instruments: no "+N more" to press', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.goto(`${app.url}?tz=UTC`)
  const band = page.getByRole('list', { name: 'Market snapshot' }).first()
  await expect(band.getByText(/^\+\d+ more$/).filter({ visible: true })).toBeVisible()
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')))
  await page.emulateMedia({ media: 'print' })
  await expect(band.getByRole('listitem').filter({ hasText: /as of/ })).toHaveCount(20)
  const moves = page.getByRole('group', { name: 'Market moves' })
  const { instruments } = JSON.parse(readFileSync(join(feed.dir, 'markets.json'), 'utf8'))
  await expect(moves).toContainText(instruments.at(-1).shortName)
  for (const shown of [band, moves])
    await expect(shown.getByText(/^\+\d+ more$/).filter({ visible: true })).toHaveCount(0)
})

test('on paper, the snapshot band’s times are whole: there is no tooltip to read the rest', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.goto(app.url)
  const band = page.getByRole('list', { name: 'Market snapshot' }).first()
  const times = band.locator('time')
  await expect(times.first()).toBeVisible()
  const cut = () =>
    times.evaluateAll((elements) =>
      elements
        .map((time) => time.parentElement!)
        .filter((box) => box.scrollWidth > box.clientWidth + 1)
        .map((box) => box.textContent),
    )
  // On screen the hourly series' older time gives way first, its whole in the cell's tooltip.
  expect(await cut()).not.toEqual([])
  await page.emulateMedia({ media: 'print' })
  expect(await cut()).toEqual([])
})
