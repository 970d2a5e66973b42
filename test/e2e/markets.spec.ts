import { expect, test } from '@playwright/test'
import { watchPage } from './page-guards'
import { settled } from './page-ready'
import { demoInstruments } from './demo-instruments'

const instruments = demoInstruments

test("hovering one market panel shows, in every panel's header, its value at the same moment; no tooltip floats over a neighbour", async ({
  page,
  baseURL,
}) => {
  const watched = watchPage(page, new URL(baseURL!).origin)
  await page.goto('./?tz=Europe/London')
  const markets = page.getByRole('region', { name: 'Market reaction' })
  await settled(page)
  await expect(markets.getByRole('heading', { name: /All instruments rebased/ })).toBeVisible()
  const readouts = markets.getByTestId('market-readout')
  await expect(readouts).toHaveCount(instruments.length)
  // Before any hover each header reads the last value.
  for (const text of await readouts.allTextContents()) expect(text).toMatch(/^Last, /)

  const spx = markets.getByRole('slider', { name: /^S&P 500 chart/ })
  await spx.scrollIntoViewIfNeeded()
  const box = (await spx.boundingBox())!
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5)
  await page.mouse.move(box.x + box.width * 0.55, box.y + box.height * 0.5)

  await expect(markets.locator('[data-testid="market-readout"][data-hovering="true"]')).toHaveCount(
    instruments.length,
  )
  // Matched by time, not by index: every header names the same moment, and a value.
  const times = await readouts.evaluateAll((nodes) =>
    nodes.map((n) => n.querySelector('span')?.textContent ?? ''),
  )
  expect(new Set(times).size).toBe(1)
  expect(times[0]).toMatch(/\d\d:\d\d BST/)
  // Each panel draws the crosshair at that moment.
  await expect(markets.locator('article [data-crosshair]')).toHaveCount(instruments.length)
  // Hong Kong was closed at that moment and its header says so.
  await expect(
    markets.getByRole('article', { name: 'Hang Seng Tech Index' }).getByTestId('market-readout'),
  ).toContainText('closed in Hong Kong')
  // Nothing floats: no tooltip in the markets, and every readout lies inside its own card.
  await expect(markets.locator('[role="tooltip"], .recharts-tooltip-wrapper:visible')).toHaveCount(
    0,
  )
  for (const name of instruments) {
    const card = (await markets.getByRole('article', { name }).boundingBox())!
    const line = (await markets
      .getByRole('article', { name })
      .getByTestId('market-readout')
      .boundingBox())!
    expect(
      line.x >= card.x &&
        line.x + line.width <= card.x + card.width &&
        line.y >= card.y &&
        line.y + line.height <= card.y + card.height,
    ).toBe(true)
  }

  await page.mouse.move(0, 0)
  await expect(markets.locator('[data-testid="market-readout"][data-hovering="true"]')).toHaveCount(
    0,
  )
  await expect(markets.locator('article [data-crosshair]')).toHaveCount(0)
  expect(watched.consoleErrors).toEqual([])
})

test('the keyboard moves the crosshair: every header follows, and the plot says its value', async ({
  page,
}) => {
  await page.goto('./?tz=Europe/London')
  const markets = page.getByRole('region', { name: 'Market reaction' })
  await settled(page)
  const spx = markets.getByRole('slider', { name: /^S&P 500 chart/ })
  await spx.focus()
  await page.keyboard.press('End')
  await page.keyboard.press('ArrowLeft')
  await expect(markets.locator('[data-testid="market-readout"][data-hovering="true"]')).toHaveCount(
    instruments.length,
  )
  await expect(spx).toHaveAttribute('aria-valuetext', /\d\d:\d\d BST: [\d,]+\.\d\d points/)
  await page.keyboard.press('Escape')
  await expect(markets.locator('[data-testid="market-readout"][data-hovering="true"]')).toHaveCount(
    0,
  )
})

// Chromium made each layer Recharts portals its axes into a tab stop: two unnamed stops a chart.
test('Tab goes from a card’s table toggle straight to its chart, one stop a chart', async ({
  page,
}) => {
  await page.goto('./?view=markets&instrument=spx&tz=UTC')
  const markets = page.getByRole('region', { name: 'Market reaction' })
  const card = markets.getByRole('article', { name: 'S&P 500' })
  await expect(card.locator('.recharts-surface')).toBeVisible()
  await card.getByRole('button', { name: 'Show table of S&P 500 data' }).focus()
  await page.keyboard.press('Tab')
  await expect(card.getByRole('slider', { name: /^S&P 500 chart/ })).toBeFocused()
})

test("rebases every panel to Day 1's session and shows the reaction table", async ({ page }) => {
  await page.goto('./?tz=Europe/London')
  const markets = page.getByRole('region', { name: 'Market reaction' })
  await page.getByRole('list', { name: 'Market snapshot' }).scrollIntoViewIfNeeded()
  await markets.getByRole('combobox', { name: 'Rebase to' }).selectOption('session:london-day-1')
  await expect(page).toHaveURL(/session=london-day-1/)
  const table = markets.getByRole('table', { name: /Reaction to Day 1 \(session\)/ })
  await expect(table).toBeVisible()
  await expect(table.getByRole('row', { name: /Brent/ })).toContainText('the event')
  await expect(table.getByRole('row', { name: /Hang Seng Tech/ })).toContainText(
    'closed at the event',
  )
  await expect(markets.getByRole('article', { name: 'Hang Seng Tech Index' })).toContainText(
    'Not yet traded in Hong Kong at Day 1',
  )
  await expect(
    markets.getByRole('heading', { name: 'All instruments rebased to Day 1 (session)' }),
  ).toBeVisible()
  // The panels now read in % since the event: the y axis is in per cent.
  await expect(
    markets.getByRole('article', { name: 'S&P 500' }).locator('.recharts-surface'),
  ).toContainText('%')

  // Coming from a link (the timeline's selection) gives the same view.
  await page.goto('./?tz=Europe/London&session=london-day-1')
  await expect(markets.getByRole('table', { name: /Reaction to Day 1 \(session\)/ })).toBeVisible()
})

test('an ?asof= link shows the markets as known then: snapshot figures of that moment, charts cut there', async ({
  page,
}) => {
  await page.goto('./?asof=2025-06-09T15:00:00Z&tz=UTC')
  const markets = page.getByRole('region', { name: 'Market reaction' })
  const strip = page.getByRole('list', { name: 'Market snapshot' })
  await strip.scrollIntoViewIfNeeded()
  const item = (name: string) =>
    strip.getByRole('listitem').filter({ has: page.getByText(name, { exact: true }) })
  await expect(item('S&P 500')).toContainText('6,034.46')
  // The moment's own day: the band gives the time alone, the day in the tooltip.
  await expect(item('S&P 500')).toContainText('as of ~15:00 UTC')
  await expect(item('S&P 500')).toHaveAttribute('title', /as of Mon 9 Jun, ~15:00 UTC$/)
  await expect(item('S&P 500')).not.toContainText('6,005.88')
  // Read from the demo's generated path: marked as such, by the name it keeps.
  await expect(
    item('S&P 500').getByTitle('From an illustrative path, not real prices'),
  ).toBeVisible()
  await expect(item('Brent')).toContainText('Day change not known yet')
  const spx = markets.getByRole('article', { name: 'S&P 500' })
  await spx.getByRole('button', { name: 'Show table of S&P 500 data' }).click()
  await expect(spx.getByRole('table').getByRole('row').last()).toContainText('Mon 9 Jun, 15:00 UTC')
})

test('one instrument alone (?view=markets&instrument=hstech): its chart, nothing else', async ({
  page,
}) => {
  await page.goto('./?view=markets&instrument=hstech&tz=UTC')
  const markets = page.getByRole('region', { name: 'Market reaction' })
  const card = markets.getByRole('article', { name: 'Hang Seng Tech Index' })
  await expect(card.locator('.recharts-surface')).toBeVisible()
  await expect(markets.getByRole('article')).toHaveCount(1)
  // Its figure is the card's own: no snapshot strip repeating it above the chart.
  await expect(card.getByText(/Hang Seng Tech −1\.16% on the day/)).toBeVisible()
  await expect(page.getByRole('list', { name: 'Market snapshot' })).toHaveCount(0)
  await expect(markets.getByRole('combobox')).toHaveCount(0)
  await expect(markets.getByRole('heading', { name: /All instruments rebased/ })).toHaveCount(0)
})

// A feed of one instrument (a desk's own, or the feed:new starter) sat in a third of the region
// beside two empty columns; two shown of six, in two of three.
test('one or two instruments shown fill the region’s width, without empty columns', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  const markets = page.getByRole('region', { name: 'Market reaction' })
  const widths = async () => {
    const cards = markets.getByRole('article')
    await expect(cards.first().locator('.recharts-surface')).toBeVisible()
    const grid = (await cards.first().evaluate((el) => el.parentElement!.clientWidth)) as number
    const boxes = await cards.evaluateAll((els) => els.map((el) => el.getBoundingClientRect()))
    return { grid, boxes }
  }
  await page.goto('./?tz=UTC&instruments=spx')
  const one = await widths()
  expect(one.boxes).toHaveLength(1)
  expect(one.boxes[0]!.width).toBeGreaterThan(one.grid * 0.95)
  // Nothing to compare one instrument with: no comparison chart under it.
  await expect(markets.getByRole('heading', { name: /All instruments rebased/ })).toHaveCount(0)

  await page.goto('./?tz=UTC&instruments=spx,ixic')
  const two = await widths()
  expect(two.boxes).toHaveLength(2)
  for (const box of two.boxes) expect(box.width).toBeGreaterThan(two.grid * 0.45)
  await expect(markets.getByRole('heading', { name: /All instruments rebased/ })).toBeVisible()
})

// On a desk the Nasdaq's title and its "Illustrative path" mark take two lines where the S&P 500's
// take one: its chart started lower than its neighbour's.
test('the charts of a row start level, whatever the lines above each', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  await page.goto('./?tz=UTC')
  const markets = page.getByRole('region', { name: 'Market reaction' })
  const plot = (name: string) =>
    markets.getByRole('article', { name }).locator('.recharts-surface').first()
  await expect(plot('S&P 500')).toBeVisible()
  await expect(plot('Nasdaq Composite')).toBeVisible()
  const header = async (name: string) =>
    (await markets.getByRole('article', { name }).locator('header').boundingBox())!.height
  // The case this is about: one header wraps, the other does not.
  expect(await header('Nasdaq Composite')).toBeGreaterThan((await header('S&P 500')) + 8)
  const top = async (name: string) => (await plot(name).boundingBox())!.y
  expect(Math.abs((await top('S&P 500')) - (await top('Nasdaq Composite')))).toBeLessThan(1)
})

// A long name with its "Illustrative path" mark took the card's first line and pushed the table
// toggle to a line of its own, at the left of some cards and the right of others.
test('every chart card keeps its table toggle in the top right corner, however long its title', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  await page.goto('./?tz=UTC&view=markets')
  const markets = page.getByRole('region', { name: 'Market reaction' })
  const cards = markets.getByRole('article').filter({ has: page.locator('header') })
  await expect(cards.first().locator('.recharts-surface')).toBeVisible()
  const places = await cards.evaluateAll((els) =>
    els.map((el) => {
      const header = el.querySelector('header')!.getBoundingClientRect()
      const toggle = el.querySelector('header button')!.getBoundingClientRect()
      return { name: el.querySelector('h3')?.textContent ?? '', header, toggle }
    }),
  )
  expect(places).toHaveLength(instruments.length)
  // The case this is about: a title and its mark that do not fit on one line beside the toggle.
  expect(places.some(({ header, toggle }) => header.height > toggle.height + 8)).toBe(true)
  for (const { name, header, toggle } of places) {
    expect(Math.abs(toggle.top - header.top), name).toBeLessThan(2)
    expect(Math.abs(toggle.right - header.right), name).toBeLessThan(2)
  }
})

test('on a phone the reaction table scrolls sideways, its instruments in view, instead of squeezing a column to a letter a line', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('./?view=markets&session=london-day-1&tz=Europe/London')
  const table = page.getByRole('table', { name: /Reaction to Day 1 \(session\)/ })
  await table.scrollIntoViewIfNeeded()
  const spx = table.getByRole('row', { name: /^S&P 500/ })
  // "next open, Mon 9 Jun, 14:30 BST (closed at the event)" on two or three lines, not twenty.
  const counted = spx.getByRole('cell').first()
  await expect(counted).toContainText('closed at the event')
  expect((await counted.boundingBox())!.height).toBeLessThan(60)
  // The caption stays within the screen; the table scrolls inside its box, not the page.
  const caption = page.getByText(/^Reaction to Day 1 \(session\)/)
  expect((await caption.boundingBox())!.width).toBeLessThanOrEqual(390)
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
  // Scrolled to its end, the instrument names are still in view.
  await table.evaluate((t) => t.parentElement!.scrollTo({ left: t.parentElement!.scrollWidth }))
  const name = spx.getByRole('rowheader')
  const box = (await name.boundingBox())!
  expect(box.x).toBeGreaterThanOrEqual(0)
  await expect(name).toBeInViewport()
})
