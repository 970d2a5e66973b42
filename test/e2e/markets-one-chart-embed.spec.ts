import { cpSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { copyFixtures, serveBuild } from './serve-build'
import { type StaticServer } from '../../scripts/lib/static-server.mjs'

// One instrument's chart embedded alone (?view=markets&instrument=), as a portal frames it. The
// page repeated the instrument's snapshot card above the chart: ~110 px of a 250 px frame, and at
// 480x360 the chart's foot needed a scroll. Test data: the demo feed (its "Demo data" badge takes a
// row) with a made-up instrument beside it, a copy of the S&P 500's record and series under another
// name, marked as real prices (no "Illustrative path" mark); and the same feed not marked as a demo.
let server: StaticServer
let realFeedServer: StaticServer

test.beforeAll(async () => {
  const feed = copyFixtures('ttm-one-chart-')
  feed.edit('markets.json', (doc) => {
    const spx = doc.instruments!.find((instrument) => instrument.id === 'spx')!
    doc.instruments!.push({
      ...spx,
      id: 'tst',
      name: 'Test Harbour Composite (test data)',
      shortName: 'Harbour',
    })
  })
  cpSync(join(feed.dir, 'series/spx.json'), join(feed.dir, 'series/tst.json'))
  feed.edit('series/tst.json', (doc) => {
    const series = doc as unknown as Record<string, unknown>
    Object.assign(series, { instrumentId: 'tst', illustrative: false, note: undefined })
  })
  server = await serveBuild({ feedDir: feed.dir })
  const realFeed = copyFixtures('ttm-one-chart-real-')
  realFeed.edit('index.json', (doc) => Object.assign(doc, { demo: false }))
  realFeedServer = await serveBuild({ feedDir: realFeed.dir })
})
test.afterAll(async () => {
  await server?.close()
  await realFeedServer?.close()
})

/** Text in the page cut short: wider (or taller) than a box that hides the rest, or off screen. */
function cutText(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('#root *')]
      .filter((el) => {
        const own = [...el.childNodes].some(
          (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '',
        )
        if (!own || el.getClientRects().length === 0) return false
        const style = getComputedStyle(el)
        const r = el.getBoundingClientRect()
        // Screen-reader-only text is clipped on purpose.
        if (style.position === 'absolute' && r.width <= 1 && r.height <= 1) return false
        const hidden = (ancestor: HTMLElement | null): boolean => {
          for (let a = ancestor; a; a = a.parentElement) {
            const s = getComputedStyle(a)
            if (s.overflowY === 'hidden' || s.overflowX === 'hidden') {
              const box = a.getBoundingClientRect()
              if (r.bottom > box.bottom + 1 || r.right > box.right + 1) return true
            }
          }
          return false
        }
        return (
          (el.scrollWidth > el.clientWidth + 1 && style.overflowX !== 'visible') ||
          (el.scrollHeight > el.clientHeight + 1 && style.overflowY !== 'visible') ||
          r.right > window.innerWidth + 1 ||
          r.left < -1 ||
          hidden(el)
        )
      })
      .map((el) => (el.textContent ?? '').trim().slice(0, 60)),
  )
}

const sizes = [
  [300, 250],
  [480, 360],
  [800, 450],
] as const

/** The page's scroll size, and where the card's chart key ends. */
const pageExtent = (page: Page) =>
  page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    scrollHeight: document.documentElement.scrollHeight,
    chartBottom: document.querySelector('article [aria-label="Chart key"]')!.getBoundingClientRect()
      .bottom,
  }))

for (const [width, height] of sizes) {
  for (const { id, name, mark } of [
    { id: 'spx', name: 'S&P 500', mark: true },
    { id: 'tst', name: 'Test Harbour Composite (test data)', mark: false },
  ]) {
    test(`?view=markets&instrument=${id} in a ${width}x${height} frame: the chart alone, whole`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height })
      await page.goto(`${server.url}?view=markets&instrument=${id}&tz=UTC`)
      const region = page.getByRole('region', { name: 'Market reaction' })
      const card = region.getByRole('article', { name })
      await expect(card.locator('.recharts-surface')).toBeVisible()
      await expect(region.getByRole('article')).toHaveCount(1)
      await expect(page.locator('[aria-busy="true"]')).toHaveCount(0)

      // What the chart needs to be read honestly, on the card: its name, last value, day change,
      // and the illustrative mark where the path is generated.
      await expect(card.getByRole('heading', { name })).toBeVisible()
      await expect(card.getByText('6,005.88 points')).toBeVisible()
      await expect(card.getByText(/\+0\.09% on the day/)).toBeVisible()
      await expect(card.getByText('Illustrative path')).toHaveCount(mark ? 1 : 0)
      // ...and nothing else: no snapshot strip repeating them above the chart.
      await expect(page.getByRole('list', { name: 'Market snapshot' })).toHaveCount(0)
      const outsideCard = await page.evaluate(
        () =>
          [...document.querySelectorAll('#root *')].filter(
            (el) =>
              !el.closest('article') &&
              el.children.length === 0 &&
              /6,005\.88|0\.09%/.test(el.textContent ?? ''),
          ).length,
      )
      expect(outsideCard).toBe(0)

      expect(await cutText(page)).toEqual([])
      const page_ = await pageExtent(page)
      expect(page_.scrollWidth).toBeLessThanOrEqual(width)
      // The whole card, its key included, in the frame: nothing needs a scroll (a frame lower than
      // 360 px gets the card's small form: one-chart-small-frames.spec.ts).
      expect(page_.scrollHeight).toBeLessThanOrEqual(height)
      expect(page_.chartBottom).toBeLessThanOrEqual(height)
    })
  }
}

// Rebased to a session (&session=), the card says the reaction, and New York was closed at it:
// the page was 403 px tall at 480x360 (the reaction's words, the closed-at-event note repeating
// "from the next open", a readout kept two lines tall) and scrolled.
for (const [width, height] of sizes.filter(([w]) => w >= 480)) {
  for (const demo of [true, false]) {
    test(`?view=markets&instrument=spx&session= in a ${width}x${height} frame, ${demo ? 'demo' : 'real'} feed: the reaction, whole`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height })
      const url = (demo ? server : realFeedServer).url
      await page.goto(`${url}?view=markets&instrument=spx&tz=UTC&session=london-day-1`)
      const card = page.getByRole('article', { name: 'S&P 500' })
      await expect(card.locator('.recharts-surface')).toBeVisible()
      await expect(page.locator('[aria-busy="true"]')).toHaveCount(0)
      await expect(page.getByText('Demo data')).toHaveCount(demo ? 1 : 0)

      await expect(
        card.getByText(
          /up 0\.65% in the hour after Day 1 \(session\) \(from the next open in New York\)/,
        ),
      ).toBeVisible()
      await expect(card.getByText(/\+0\.15% since Day 1 \(session\)/)).toBeVisible()
      expect(await cutText(page)).toEqual([])
      const page_ = await pageExtent(page)
      expect(page_.scrollWidth).toBeLessThanOrEqual(width)
      expect(page_.scrollHeight).toBeLessThanOrEqual(height)
      expect(page_.chartBottom).toBeLessThanOrEqual(height)

      // "From the next open" is said once, in the summary; the next open's time (the note's words)
      // is there for screen readers and in the summary's tooltip.
      const nextOpen = /counting starts at its next open, Mon 9 Jun, 09:30 EDT/
      await expect(card.getByText(nextOpen)).toHaveCount(1)
      await expect(card.getByTitle(nextOpen)).toBeVisible()
    })
  }
}
