import { expect, test, type Page } from '@playwright/test'
import { settled } from './page-ready'

// Printing the dashboard (Ctrl+P, Save as PDF): a document of every region in full, light, with no
// controls, saying the moment it shows. Before, the desk printed as one page cut at the screen's
// height, its lists as far as they were scrolled.

/** The pages of a PDF Chromium printed (its page objects are written uncompressed). */
function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0
}

/** The page as Chromium lays it out for print: the app told first, then the print media. */
async function startPrint(page: Page) {
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')))
  await page.emulateMedia({ media: 'print' })
}

test('a printed desk holds every region in full, with no controls, and says its moment', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  // The quote wall folded on screen: it is printed all the same.
  await page.goto('./?tz=Europe/London&layout=27-28c-45&theme=dark')
  await settled(page)
  await expect(page.locator('#region-quotes')).toBeHidden()
  expect(pageCount(await page.pdf({ format: 'A4' }))).toBeGreaterThan(3)

  await startPrint(page)
  await expect(page.locator('li[data-quote-id]')).toHaveCount(12)
  for (const region of ['timeline', 'quotes', 'markets'])
    await expect(page.locator(`#region-${region}`)).toBeVisible()
  await expect(page.getByText('As of 10 Jun 2025, 09:15 BST · printed from')).toBeVisible()
  await expect(page.getByText(/^updated .* ago$/)).toBeVisible()
  for (const control of ['Refresh', 'Share / embed', 'Copy the briefing as text', 'Table'])
    await expect(page.getByRole('button', { name: control }).first()).toBeHidden()
  // Every issue in words, as on a wall screen: no "+N more".
  await expect(page.getByRole('region', { name: 'Briefing' })).toContainText(
    'Chip software and industrial inputs',
  )
  // On paper the page is light whatever the theme: dark text on white.
  const ink = await page
    .getByRole('heading', { name: 'US–China trade talks: London round' })
    .evaluate((el) => getComputedStyle(el).color)
  expect(ink).toBe('rgb(17, 24, 39)')
  // The whole timeline, one entry under another: the last entry is below the first, not on it.
  const entries = page.locator('ol[aria-label^="Sessions"] > li')
  const first = await entries.first().boundingBox()
  const last = await entries.last().boundingBox()
  expect(last!.y).toBeGreaterThan(first!.y + 1000)

  // After printing, the desk is as it was: the wall folded, its list virtualized again.
  await page.emulateMedia({ media: 'screen' })
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')))
  await expect(page.locator('#region-quotes')).toBeHidden()
  await expect(page.getByRole('button', { name: 'Refresh' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Show the quote wall' })).toBeVisible()
  expect(await page.locator('li[data-quote-id]').count()).toBeLessThan(12)
})

test('on paper every chart fits its card, scaled from its screen size: nothing is measured while printing', async ({
  page,
}) => {
  // A browser lays the page out on paper without running resize observers before it prints: they
  // are held here, so the charts keep the sizes they were drawn at on a 1366 px desk.
  await page.addInitScript(() => {
    const Native = window.ResizeObserver
    window.ResizeObserver = class extends Native {
      constructor(callback: ResizeObserverCallback) {
        super((entries, observer) => {
          if (!(window as unknown as { holdResize?: boolean }).holdResize)
            callback(entries, observer)
        })
      }
    }
  })
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.goto('./?tz=Europe/London&view=markets')
  await settled(page)
  await page.evaluate(() => ((window as unknown as { holdResize?: boolean }).holdResize = true))
  await startPrint(page)
  // The width of A4 less Chromium's default margins, at 96 px an inch.
  await page.setViewportSize({ width: 718, height: 1000 })
  const overflows = await page.locator('article').evaluateAll((cards) =>
    cards.flatMap((card) => {
      const box = card.querySelector('[data-plot-box]')
      if (!box) return []
      const right = (el: Element) => el.getBoundingClientRect().right
      const layers = [box, ...box.querySelectorAll('svg')].map(right)
      return Math.max(...layers) > right(card) + 1
        ? [card.querySelector('h3')?.textContent ?? '?']
        : []
    }),
  )
  expect(await page.locator('article [data-plot-box]').count()).toBeGreaterThan(5)
  expect(overflows).toEqual([])
})

test('on paper the quote wall says the filters its count is for (the filter bar is not printed)', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.goto('./?tz=Europe/London&side=cn&q=rare')
  await settled(page)
  const wall = page.getByRole('region', { name: 'Quote wall' })
  const filteredBy = wall.getByText('Filtered by the search “rare”, side China')
  await expect(filteredBy).toBeHidden()
  await startPrint(page)
  await expect(filteredBy).toBeVisible()
  await expect(wall.locator('[data-results-for]')).toHaveText(/^\d+ of 12 quotes$/)
})

test('a compact quote wall prints every quote whole: when, where and the source, not one cut line', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.goto('./?tz=Europe/London&density=compact')
  await settled(page)
  const rows = page.locator('li[data-quote-id]')
  const sources = rows.getByText(/Source: /)
  await expect(sources.first()).toBeHidden()
  await startPrint(page)
  await expect(rows).toHaveCount(12)
  for (const source of await sources.all()) await expect(source).toBeVisible()
  expect(await sources.count()).toBe(12)
})
