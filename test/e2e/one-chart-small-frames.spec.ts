import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test, type Frame, type Page } from '@playwright/test'
import { copyFixtures, serveBuild } from './serve-build'
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server.mjs'

// One instrument's chart (?view=markets&instrument=) in a portal's small tiles, iframes of another
// site. At 300x250 the page scrolled by 30 px (the "Demo data" row above the card, a key on two
// lines), at 320x200 by 80, a long name's page by 136. Test data: the demo fixtures (marked demo)
// with a made-up instrument of a long name beside the S&P 500, a copy of its series under another
// name; and the same fixtures not marked as a demo.
const sizes = [
  [300, 250],
  [320, 200],
  [400, 300],
] as const

const longName = 'Test Harbour Composite Share Index (test data)'
const servers: StaticServer[] = []
let demoFeed: StaticServer
let realFeed: StaticServer
let host: StaticServer
let hostDir = ''

test.beforeAll(async () => {
  const feeds = [copyFixtures('ttm-small-frames-demo-'), copyFixtures('ttm-small-frames-real-')]
  for (const feed of feeds) {
    feed.edit('markets.json', (doc) => {
      const spx = doc.instruments!.find((instrument) => instrument.id === 'spx')!
      doc.instruments!.push({ ...spx, id: 'tst', name: longName, shortName: 'Harbour' })
    })
    cpSync(join(feed.dir, 'series/spx.json'), join(feed.dir, 'series/tst.json'))
    feed.edit('series/tst.json', (doc) => Object.assign(doc, { instrumentId: 'tst' }))
  }
  feeds[1]!.edit('index.json', (doc) => Object.assign(doc, { demo: false }))
  demoFeed = await serveBuild({ feedDir: feeds[0]!.dir })
  realFeed = await serveBuild({ feedDir: feeds[1]!.dir })
  hostDir = mkdtempSync(join(tmpdir(), 'ttm-small-frames-host-'))
  writeFileSync(join(hostDir, 'index.html'), '<!doctype html><title>Portal</title><body></body>')
  // The host is "localhost", the dashboard "127.0.0.1": another site, as on a portal.
  host = await startStaticServer({ root: hostDir, host: 'localhost' })
  servers.push(demoFeed, realFeed, host)
})

test.afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()))
  if (hostDir) rmSync(hostDir, { recursive: true, force: true })
})

/** The portal page with one tile of each size, each the chart at `src`. */
async function openTiles(page: Page, src: string): Promise<Frame[]> {
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto(`http://localhost:${host.port}/`)
  await page.evaluate(
    ({ src, sizes }) => {
      for (const [width, height] of sizes) {
        const frame = document.createElement('iframe')
        Object.assign(frame, { src, width, height, title: `Tile ${width}x${height}` })
        document.body.append(frame)
      }
    },
    { src, sizes },
  )
  const frames = []
  for (const [width, height] of sizes) {
    const handle = await page.locator(`iframe[title="Tile ${width}x${height}"]`).elementHandle()
    frames.push((await handle!.contentFrame())!)
  }
  return frames
}

/** Text shown cut short without its whole words in a tooltip (its own title or an ancestor's). */
function cutWithoutTooltip(frame: Frame) {
  return frame.evaluate(() =>
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
        const cut =
          (el.scrollWidth > el.clientWidth + 1 && style.overflowX !== 'visible') ||
          (el.scrollHeight > el.clientHeight + 1 && style.overflowY !== 'visible') ||
          r.right > window.innerWidth + 1 ||
          r.bottom > window.innerHeight + 1
        if (!cut) return false
        const words = (el.textContent ?? '').trim()
        const titled = el.closest<HTMLElement>('[title]')
        return !titled?.title.includes(words)
      })
      .map((el) => (el.textContent ?? '').trim().slice(0, 60)),
  )
}

for (const demo of [true, false]) {
  for (const theme of ['light', 'dark']) {
    for (const { id, name } of [
      { id: 'spx', name: 'S&P 500' },
      { id: 'tst', name: longName },
    ]) {
      test(`${id} in 300x250, 320x200 and 400x300 tiles, ${demo ? 'demo' : 'real'} feed, ${theme}: the card whole, no scrollbar`, async ({
        page,
      }) => {
        const url = (demo ? demoFeed : realFeed).url
        const frames = await openTiles(
          page,
          `${url}?view=markets&instrument=${id}&tz=UTC&theme=${theme}`,
        )
        for (const [i, frame] of frames.entries()) {
          const [width, height] = sizes[i]!
          const card = frame.getByRole('article', { name })
          const line = card.locator('path.market-line')
          await expect(line).toBeVisible()
          await expect(frame.locator('[aria-busy="true"]')).toHaveCount(0)

          // The page fits its frame: nothing to scroll, either way.
          await expect
            .poll(
              () =>
                frame.evaluate(() => {
                  const root = document.documentElement
                  return {
                    down: root.scrollHeight <= root.clientHeight,
                    across: root.scrollWidth <= root.clientWidth,
                  }
                }),
              { message: `${width}x${height}` },
            )
            .toEqual({ down: true, across: true })

          // The chart is drawn, its line inside the frame, with its markers under it.
          const drawn = await line.evaluate((path) => path.getBoundingClientRect().toJSON())
          expect((await line.getAttribute('d'))!.split('L').length).toBeGreaterThan(20)
          expect(drawn.height, `${width}x${height}`).toBeGreaterThan(10)
          expect(drawn.y + drawn.height).toBeLessThanOrEqual(height)
          const rail = card.getByRole('toolbar', { name: /^Events on the .* chart$/ })
          await expect(rail.getByRole('button').first()).toBeInViewport()
          await expect(
            card.getByRole('slider', { name: /arrow keys move the crosshair/ }),
          ).toBeVisible()
          await expect(card.getByRole('list', { name: 'Chart key' })).toBeInViewport({ ratio: 1 })

          // Its name, level and change are on screen; whatever is cut is whole in a tooltip.
          await expect(card.getByRole('heading', { name })).toBeInViewport({ ratio: 1 })
          await expect(card.getByText('6,005.88 points')).toBeInViewport({ ratio: 1 })
          await expect(card.getByText(/\+0\.09% on the day/)).toBeInViewport({ ratio: 1 })
          await expect(card.getByRole('heading', { name })).toHaveAttribute('title', name)
          expect(await cutWithoutTooltip(frame)).toEqual([])
          // Said once: on the card's line where the page has no row for it.
          await expect(frame.getByText('Demo data')).toHaveCount(demo ? 1 : 0)
          await expect(
            card.getByRole('button', {
              name: `Show table of ${id === 'spx' ? 'S&P 500' : 'Harbour'} data`,
            }),
          ).toBeVisible()
        }
      })
    }
  }
}
