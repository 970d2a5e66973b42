import { expect, test, type Page } from '@playwright/test'
import { expectWholeDesk, measureDesk } from './layout-checks'

// The dashboard as a desk: every region, the snapshot and two charts on the first screen from
// 1280x720 up, nothing cut, regions resized and folded by the viewer and remembered; tabs on a
// phone; kiosk with no controls (issue 14).

/** The desk is loaded: no skeleton, the markets' charts and the snapshot drawn (on screen from the start). */
async function deskReady(page: Page) {
  await expect(page.getByRole('status', { name: /^Loading/ })).toHaveCount(0)
  const markets = page.locator('#region-markets')
  await expect(markets.locator('[aria-busy="true"]')).toHaveCount(0)
  await expect(markets.locator('.recharts-surface').nth(1)).toBeVisible()
  // The snapshot band's code loads on its own: the charts can be drawn before it is.
  await expect(page.locator('[aria-label="Market snapshot"]').first()).toBeVisible()
}

const sizes = [
  [1280, 720],
  [1366, 768],
  [1920, 1080],
  [2560, 1440],
] as const

for (const theme of ['light', 'dark'] as const) {
  for (const [width, height] of sizes) {
    test(`${width}x${height}, ${theme}: regions, snapshot and two charts on one screen, nothing cut`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height })
      await page.goto(`./?theme=${theme}&tz=Europe/London`)
      await deskReady(page)
      const boxes = await measureDesk(page)
      expectWholeDesk(boxes)
      expect(boxes.chartsOnScreen).toBeGreaterThanOrEqual(2)
      expect(boxes.clipped).toEqual([])
      if (width >= 1920) {
        // Wide screens use their width: three charts side by side and no gutters.
        expect(boxes.chartsOnScreen).toBeGreaterThanOrEqual(3)
        expect(boxes.regions.timeline!.x).toBeLessThan(24)
        expect(width - boxes.regions.markets!.right).toBeLessThan(24)
      }
    })
  }
}

test('1366x768: a divider moves by keyboard and by drag, a region folds, and all of it survives a reload', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.goto('./?tz=Europe/London')
  await deskReady(page)
  const first = page.getByRole('separator', { name: 'Resize the timeline and the quote wall' })
  const second = page.getByRole('separator', {
    name: 'Resize the quote wall and the market reaction',
  })
  const before = Number(await first.getAttribute('aria-valuenow'))
  await first.focus()
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await expect(first).toHaveAttribute('aria-valuenow', String(before + 4))

  const markets = page.locator('#region-markets')
  const marketsWidth = (await markets.boundingBox())!.width
  const handle = (await second.boundingBox())!
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2)
  await page.mouse.down()
  await page.mouse.move(handle.x - 100, handle.y + handle.height / 2, { steps: 5 })
  await page.mouse.up()
  await expect
    .poll(async () => (await markets.boundingBox())!.width)
    .toBeGreaterThan(marketsWidth + 80)

  await page.getByRole('button', { name: 'Collapse the timeline' }).click()
  await expect(page.locator('#region-timeline')).toBeHidden()
  await expect(page.getByRole('button', { name: 'Show the timeline' })).toBeVisible()
  const widths = async () => ({
    quotes: Math.round((await page.locator('#region-quotes').boundingBox())!.width),
    markets: Math.round((await markets.boundingBox())!.width),
  })
  const chosen = await widths()
  const link = page.url()
  expect(link).toContain('layout=')

  // Remembered by the browser: a fresh visit without the parameter has the same desk.
  await page.goto('./?tz=Europe/London')
  await deskReady(page)
  await expect(page.locator('#region-timeline')).toBeHidden()
  expect(await widths()).toEqual(chosen)
  // And the link carries it: the parameter alone, in a browser that remembers nothing.
  await page.evaluate(() => localStorage.clear())
  await page.goto(link)
  await deskReady(page)
  expect(await widths()).toEqual(chosen)

  await page.getByRole('button', { name: 'Show the timeline' }).click()
  await expect(page.locator('#region-timeline')).toBeVisible()
  expectWholeDesk(await measureDesk(page))
})

test('390x844 phone: the regions are tabs, arrow keys move between them, the snapshot stays in view', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('./?tz=Europe/London')
  const tabs = page.getByRole('tablist', { name: 'Regions' })
  const timelineTab = tabs.getByRole('tab', { name: 'Timeline' })
  await expect(timelineTab).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Quote wall' })).toBeHidden()

  await timelineTab.focus()
  await page.keyboard.press('ArrowRight')
  const quotesTab = tabs.getByRole('tab', { name: 'Quotes' })
  await expect(quotesTab).toBeFocused()
  await expect(quotesTab).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByRole('region', { name: 'Quote wall' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeHidden()

  await page.keyboard.press('End')
  await expect(tabs.getByRole('tab', { name: 'Markets' })).toHaveAttribute('aria-selected', 'true')
  const markets = page.getByRole('region', { name: 'Market reaction' })
  await expect(markets).toBeVisible()
  await expect(markets.locator('.recharts-surface').first()).toBeVisible()

  // Scrolled far down a region, the tabs and the snapshot are still on screen.
  await page.getByRole('tab', { name: 'Timeline' }).click()
  await page.mouse.wheel(0, 3000)
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000)
  const snapshot = (await page.getByRole('list', { name: 'Market snapshot' }).boundingBox())!
  expect(snapshot.y).toBeGreaterThanOrEqual(0)
  expect(snapshot.y + snapshot.height).toBeLessThan(844 / 3)
  await expect(page.getByRole('tab', { name: 'Markets' })).toBeInViewport()
})

// On a phone the header's occasional controls took four rows above the briefing: they wait
// behind "More", opened and closed by keyboard; the display zone and Replay stay in view. Where
// the talks stand is said once, by the briefing.
test('390x844 phone: the header keeps its occasional controls behind More', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('./?tz=Europe/London')
  const header = page.getByRole('banner')
  const more = header.getByRole('button', { name: 'More' })
  await expect(more).toHaveAttribute('aria-expanded', 'false')
  await expect(header.getByRole('button', { name: 'About this feed' })).toBeHidden()
  await expect(header.getByRole('button', { name: /Replay/ })).toBeVisible()
  await expect(header.getByRole('combobox', { name: /Times in/ })).toBeVisible()
  await expect(header.getByRole('combobox', { name: /also/ })).toBeHidden()
  const briefing = page.getByRole('region', { name: 'Briefing' })
  await expect(briefing).toContainText(/Day 2 starts in/)
  await expect(header).not.toContainText(/Day 2 starts in/)
  // Refresh and More share a row; the zone and Replay the next: two rows, not three.
  const middleOf = async (name: string | RegExp, role: 'button' | 'combobox' = 'button') => {
    const box = (await header.getByRole(role, { name }).boundingBox())!
    return box.y + box.height / 2
  }
  const refreshRow = await middleOf('Refresh')
  const zoneRow = await middleOf(/Times in/, 'combobox')
  expect(Math.abs((await middleOf('More')) - refreshRow)).toBeLessThan(4)
  expect(Math.abs((await middleOf(/Replay/)) - zoneRow)).toBeLessThan(4)
  expect(zoneRow - refreshRow).toBeLessThan(40)
  // The latest item takes a line of its own rather than shrink to "Late…" beside the status.
  const latest = header.locator('p', { hasText: /^Latest ·/ })
  await expect(latest).toContainText('White House waits')
  expect((await latest.boundingBox())!.width).toBeGreaterThanOrEqual(192)

  await more.focus()
  await page.keyboard.press('Enter')
  await expect(more).toHaveAttribute('aria-expanded', 'true')
  for (const name of ['Compact', /Alerts/, 'About this feed', 'Share / embed'])
    await expect(header.getByRole('button', { name })).toBeVisible()
  await expect(header.getByRole('combobox', { name: /also/ })).toBeVisible()
  await header.getByRole('button', { name: 'About this feed' }).click()
  await expect(page.getByRole('dialog', { name: /About this feed/ })).toBeVisible()
  await page.keyboard.press('Escape')
  await more.click()
  await expect(header.getByRole('button', { name: 'About this feed' })).toBeHidden()

  // A desk shows them all, with no More.
  await page.setViewportSize({ width: 1366, height: 768 })
  await expect(header.getByRole('button', { name: 'About this feed' })).toBeVisible()
  await expect(header.getByRole('combobox', { name: /also/ })).toBeVisible()
  await expect(header).toContainText(/Day 2 starts in/)
  await expect(more).toHaveCount(0)
})

for (const [width, height] of [
  [1280, 720],
  [1920, 1080],
  [3840, 2160],
] as const) {
  test(`kiosk at ${width}x${height}: no controls, nothing cut`, async ({ page }) => {
    await page.setViewportSize({ width, height })
    await page.goto('./?kiosk&tz=Europe/London')
    await deskReady(page)
    // The header's refresh status sits on the title's row: no row under it holds only that.
    const header = page.getByRole('banner')
    const status = header.getByText(/updated \d+ s ago/)
    await expect(status).toBeVisible()
    const titleBox = (await header.getByRole('heading', { level: 1 }).boundingBox())!
    const statusBox = (await status.boundingBox())!
    const middle = (box: { y: number; height: number }) => box.y + box.height / 2
    expect(Math.abs(middle(statusBox) - middle(titleBox))).toBeLessThan(titleBox.height / 2)
    // Nothing drawn as a control, nothing operable, and Tab reaches nothing.
    expect(
      await page
        .locator('.btn:visible, input:visible, select:visible, [role="separator"]:visible')
        .count(),
    ).toBe(0)
    // Timeline entries and chart markers are buttons in the page; in kiosk they sit in an inert
    // desk: none can be focused or pressed.
    const operable = await page
      .locator('button, a[href], input, select, textarea, [tabindex]')
      .evaluateAll((els) =>
        els
          .filter((el) => !el.closest('[inert]') && el.getClientRects().length > 0)
          .map((el) => el.outerHTML.slice(0, 80)),
      )
    expect(operable).toEqual([])
    // Nor how to use a control: no one is there to hover, choose or press.
    await expect(
      page.getByText(/^Hover the chart|^Choose a session/).filter({ visible: true }),
    ).toHaveCount(0)
    await page.keyboard.press('Tab')
    expect(
      await page.evaluate(
        () => document.activeElement === document.body || document.activeElement === null,
      ),
    ).toBe(true)
    const boxes = await measureDesk(page)
    expectWholeDesk(boxes)
    expect(boxes.chartsOnScreen).toBeGreaterThanOrEqual(2)
    expect(boxes.clipped).toEqual([])
  })
}

// A 4K wall screen showed the page in the same pixels as a 1920 px one: half the size across a room.
test('kiosk type grows with a wall screen wider than 1920 px', async ({ page }) => {
  const titleSize = async (width: number, height: number) => {
    await page.setViewportSize({ width, height })
    await page.goto('./?kiosk&tz=Europe/London')
    const title = page.getByRole('banner').getByRole('heading', { level: 1 })
    await expect(title).toBeVisible()
    return title.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
  }
  const hd = await titleSize(1920, 1080)
  expect(await titleSize(3840, 2160)).toBeCloseTo(hd * 2, 0)
  expect(await titleSize(1280, 720)).toBe(hd)
})

// A wall screen's rotation shows one panel at a time: the markets' twenty charts made the page
// 2,900 px tall on a 1080 px screen, and the header (how fresh the data is) was gone.
test('kiosk rotation: each panel alone fits the screen, under the header', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  for (const view of ['timeline', 'quotes', 'markets']) {
    await page.goto(`./?kiosk&view=${view}&tz=Europe/London`)
    await expect(page.getByRole('banner').getByText(/updated \d+ s ago/)).toBeVisible()
    await expect(page.locator('main section').first()).toBeVisible()
    const height = await page.evaluate(() => document.documentElement.scrollHeight)
    expect(height, view).toBeLessThanOrEqual(720)
  }
})

// At 1366x768 the wall's eight filter fields took 350 of its 500 px: the first quote card began
// at the bottom of the screen. A wall narrower than 40rem folds them as compact density does.
test('1366x768: the narrow wall folds its filters; opened, they stay open after a reload', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.goto('./?tz=Europe/London&side=us')
  const wall = page.getByRole('region', { name: 'Quote wall' })
  const cards = wall.getByRole('list', { name: 'Quotes' }).locator('> li')
  await expect(cards.first()).toBeInViewport({ ratio: 0.9 })
  await expect(wall.getByLabel('Side', { exact: true })).toBeHidden()
  // The filter in force from the URL shows while folded.
  await expect(wall.getByRole('button', { name: 'Remove filter Side: US' })).toBeVisible()

  const filters = wall.getByRole('button', { name: 'Filters', exact: true })
  await filters.click()
  await expect(filters).toHaveAttribute('aria-expanded', 'true')
  await expect(wall.getByLabel('Side', { exact: true })).toBeVisible()
  await page.reload()
  await expect(wall.getByLabel('Side', { exact: true })).toBeVisible()
  await wall.getByRole('button', { name: 'Filters', exact: true }).click()
  await expect(wall.getByLabel('Side', { exact: true })).toBeHidden()

  // The wall alone is wide: every field in view, no button.
  await page.goto('./?tz=Europe/London&view=quotes')
  await expect(wall.getByLabel('Side', { exact: true })).toBeVisible()
  await expect(wall.getByRole('button', { name: 'Filters', exact: true })).toHaveCount(0)
})

test('compact density: one-line quotes that open on focus, filters folded into chips', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.goto('./?tz=Europe/London&density=compact&side=us')
  const wall = page.getByRole('region', { name: 'Quote wall' })
  const rows = wall.getByRole('list', { name: 'Quotes' }).locator('> li')
  await expect(rows.first()).toBeVisible()
  const closed = (await rows.first().boundingBox())!.height
  expect(closed).toBeLessThan(40)
  await expect(rows.first().getByRole('button', { name: /^Copy quote/ })).toBeHidden()
  await rows.first().focus()
  await expect(rows.first().getByRole('button', { name: /^Copy quote/ })).toBeVisible()
  expect((await rows.first().boundingBox())!.height).toBeGreaterThan(closed * 2)

  // The filters: a "Filters" button and a chip per filter in force, which removes it.
  await expect(wall.getByLabel('Side', { exact: true })).toBeHidden()
  const chip = wall.getByRole('button', { name: 'Remove filter Side: US' })
  await chip.click()
  await expect(chip).toHaveCount(0)
  expect(new URL(page.url()).searchParams.has('side')).toBe(false)
  await wall.getByRole('button', { name: 'Filters', exact: true }).click()
  await expect(wall.getByLabel('Side', { exact: true })).toBeVisible()

  // The switch in the header goes back to comfortable, in the URL.
  await page.getByRole('button', { name: 'Compact' }).click()
  expect(new URL(page.url()).searchParams.has('density')).toBe(false)
  await expect(rows.first().getByRole('button', { name: /^Copy quote/ })).toBeVisible()
})

// At 1024 px the markets region is about 420 px wide: its controls took three rows above the
// charts. The rebase and window pickers share one, the instruments and the two exports the next.
test('1024x768: the market controls take two rows above the charts', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 })
  await page.goto('./?tz=Europe/London')
  const markets = page.getByRole('region', { name: 'Market reaction' })
  const middleOf = async (role: 'button' | 'combobox' | 'summary', name: string | RegExp) => {
    const target =
      role === 'summary'
        ? markets.locator('summary', { hasText: name })
        : markets.getByRole(role, { name })
    const box = (await target.boundingBox())!
    return box.y + box.height / 2
  }
  await expect(markets.getByRole('button', { name: 'Export series CSV' })).toBeEnabled()
  const pickers = await middleOf('combobox', 'Rebase to')
  expect(Math.abs((await middleOf('combobox', 'Time window')) - pickers)).toBeLessThan(4)
  const choices = await middleOf('summary', /^Instruments:/)
  for (const name of ['Export series CSV', 'Export reactions CSV'])
    expect(Math.abs((await middleOf('button', name)) - choices)).toBeLessThan(4)
  expect(choices - pickers).toBeLessThan(50)
})

test.describe('a viewer whose zone has a long name', () => {
  test.use({ timezoneId: 'America/Los_Angeles' })

  /** How much room the select leaves its chosen option's words, in px (less than 0: cut off). */
  const roomForChoice = (select: HTMLSelectElement) => {
    const style = getComputedStyle(select)
    const context = document.createElement('canvas').getContext('2d')!
    context.font = style.font
    const words = context.measureText(select.selectedOptions[0]!.text).width
    // The select's arrow takes about 16 px of its content box.
    const content =
      select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 16
    return content - words
  }

  test('1366x768: the zone pickers show their whole choice ("Your zone (Los Angeles)")', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1366, height: 768 })
    await page.goto('./')
    const zone = page.getByRole('combobox', { name: 'Times in' })
    await expect(zone).toHaveValue('America/Los_Angeles')
    await expect(zone.locator('option:checked')).toHaveText('Your zone (Los Angeles)')
    expect(await zone.evaluate(roomForChoice)).toBeGreaterThanOrEqual(0)
    const second = page.getByRole('combobox', { name: 'also' })
    await second.selectOption('America/Los_Angeles')
    expect(await second.evaluate(roomForChoice)).toBeGreaterThanOrEqual(0)
  })
})

test('390x844 phone: a quote opened from the timeline shows the Quotes tab, at that quote, with the focus there', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('./?tz=Europe/London')
  const timeline = page.getByRole('region', { name: 'Timeline' })
  const link = timeline.getByRole('link', { name: /only getting good reports/ }).first()
  await link.focus()
  await page.keyboard.press('Enter')
  const tabs = page.getByRole('tablist', { name: 'Regions' })
  await expect(tabs.getByRole('tab', { name: 'Quotes' })).toHaveAttribute('aria-selected', 'true')
  const wall = page.getByRole('region', { name: 'Quote wall' })
  const quote = wall.locator('[data-quote-id="trump-good-reports"]')
  await expect(quote).toBeInViewport()
  await expect(quote).toBeFocused()
})

test('390x844 phone: the wall filtered from the timeline shows the Quotes tab, the focus on its heading', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('./?tz=Europe/London')
  const more = page
    .getByRole('region', { name: 'Timeline' })
    .getByRole('link', { name: /\+2 more quotes/ })
    .first()
  await more.focus()
  await page.keyboard.press('Enter')
  const tabs = page.getByRole('tablist', { name: 'Regions' })
  await expect(tabs.getByRole('tab', { name: 'Quotes' })).toHaveAttribute('aria-selected', 'true')
  const wall = page.getByRole('region', { name: 'Quote wall' })
  await expect(wall.getByRole('heading', { name: 'Quote wall' })).toBeFocused()
  await expect(wall).toContainText('5 of 12 quotes')
})

test('390x844 phone: a link to #markets opens on the Markets tab', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('./?tz=Europe/London#markets')
  const tabs = page.getByRole('tablist', { name: 'Regions' })
  await expect(tabs.getByRole('tab', { name: 'Markets' })).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByRole('region', { name: 'Market reaction' })).toBeVisible()
})

test('desk: a quote opened from the timeline unfolds a folded quote wall', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.goto('./?tz=Europe/London')
  await deskReady(page)
  await page.getByRole('button', { name: 'Collapse the quote wall' }).click()
  await expect(page.getByRole('region', { name: 'Quote wall' })).toBeHidden()
  await expect(page.getByRole('button', { name: 'Show the quote wall' })).toBeVisible()
  // By keyboard: the timeline widens as the wall folds, and a click aimed before that misses.
  await page
    .getByRole('region', { name: 'Timeline' })
    .getByRole('link', { name: /only getting good reports/ })
    .first()
    .focus()
  await page.keyboard.press('Enter')
  const wall = page.getByRole('region', { name: 'Quote wall' })
  await expect(wall.locator('[data-quote-id="trump-good-reports"]')).toBeInViewport()
})

test('desk: a link to a quote unfolds the quote wall the viewer had folded, which can be folded again', async ({
  page,
}) => {
  await page.addInitScript(() => window.localStorage.setItem('ttm:desk-layout', '27-28c-45'))
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.goto('./?tz=Europe/London&quote=trump-good-reports')
  const wall = page.getByRole('region', { name: 'Quote wall' })
  await expect(wall.locator('[data-quote-id="trump-good-reports"]')).toBeInViewport()
  await page.getByRole('button', { name: 'Collapse the quote wall' }).click()
  await expect(wall).toBeHidden()
  await expect(page.getByRole('button', { name: 'Show the quote wall' })).toBeVisible()
})

test('736 px tablet: each price in the band is whole; its unit words and its time give way', async ({
  page,
}) => {
  await page.setViewportSize({ width: 736, height: 900 })
  await page.goto('./?tz=Europe/London')
  const band = page.getByRole('list', { name: 'Market snapshot' }).first()
  const brent = band.getByRole('listitem').filter({ hasText: 'Brent' })
  await expect(brent).toContainText('$67.21 per barrel')
  // "$67.21" lies whole inside the cell; "per barrel", where it does not, ends in an ellipsis
  // instead of being cut at the edge ("$67.21 per bar").
  const layout = await brent.evaluate((cell) => {
    const node = [...cell.querySelectorAll('span')]
      .flatMap((el) => [...el.childNodes])
      .find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes('$67.21'))!
    const range = document.createRange()
    range.setStart(node, node.textContent!.indexOf('$67.21'))
    range.setEnd(node, node.textContent!.indexOf('$67.21') + 6)
    const edge = cell.getBoundingClientRect().right
    const unit = [...cell.querySelectorAll('span')].find(
      (el) => el.textContent!.trim() === 'per barrel',
    )
    return {
      figureInside: range.getBoundingClientRect().right <= edge + 0.5,
      unitWhole: unit ? unit.scrollWidth <= unit.clientWidth + 1 : false,
      unitEllipsis: unit ? getComputedStyle(unit).textOverflow === 'ellipsis' : false,
    }
  })
  expect(layout.figureInside).toBe(true)
  expect(layout.unitWhole || layout.unitEllipsis).toBe(true)
})
