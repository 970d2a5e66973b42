import { expect, test, type Page } from '@playwright/test'
import { rmSync } from 'node:fs'
import { type StaticServer } from '../../scripts/lib/static-server.mjs'
import { copyFixtures, serveBuild } from './serve-build'

// The snapshot band's cells wrapped unevenly: at 1366 px a long name (with its ⚠) pushed its
// change onto a second line; on a phone "$67.21 per barrel" put its unit on an indented line of its
// own and long names wrapped, so the cells of a row held different lines. Now each line is one
// line: a name too long ends in an ellipsis (whole in the cell's tooltip and for screen readers),
// the unit stays with its figure. The demo's instruments, one with a longer name (test data).
test.use({ serviceWorkers: 'block' })

let server: StaticServer
let dir: string
const longName = 'Hang Seng Tech Index (HSTECH)'

test.beforeAll(async () => {
  const feed = copyFixtures('ttm-band-cells-')
  dir = feed.dir
  feed.set('markets.json', 'instruments', 2, 'shortName', longName)
  server = await serveBuild({ config: { timeZone: 'Europe/London' }, feedDir: dir })
})

test.afterAll(async () => {
  await server?.close()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

/** Each cell's height, and the height of each of its lines. */
function measureCells(page: Page) {
  return page
    .getByRole('list', { name: 'Market snapshot' })
    .first()
    .evaluate((list) =>
      [...list.querySelectorAll<HTMLElement>(':scope > li')].map((cell) => ({
        name: cell.querySelector('.font-semibold')?.textContent ?? '',
        height: Math.round(cell.getBoundingClientRect().height),
        lines: [...cell.querySelectorAll(':scope > p')].map((line) =>
          Math.round(line.getBoundingClientRect().height),
        ),
        change: Math.round(
          cell.querySelector('p > .font-mono')!.getBoundingClientRect().top -
            cell.querySelector('p')!.getBoundingClientRect().top,
        ),
      })),
    )
}

async function openBand(page: Page) {
  await page.goto(server.url)
  const band = page.getByRole('list', { name: 'Market snapshot' }).first()
  await expect(band.getByRole('listitem')).toHaveCount(6)
  await expect(band.getByText('$67.21', { exact: false })).toBeVisible()
  return band
}

test('1366x768: one height for every cell, the change beside even a long name', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  const band = await openBand(page)
  const cells = await measureCells(page)
  expect(new Set(cells.map((cell) => cell.height)).size).toBe(1)
  for (const cell of cells) {
    // Two lines: name and change, then the value and its time; each of them one line.
    expect(cell.lines).toHaveLength(2)
    for (const line of cell.lines) expect(line).toBeLessThan(24)
    expect(cell.change).toBeLessThan(8)
  }
  // The long name is cut with an ellipsis, and whole in the tooltip and the accessible text.
  const cell = band.getByRole('listitem').nth(2)
  const name = cell.getByText(longName, { exact: true })
  expect(
    await name.evaluate(
      (el) => el.scrollWidth > el.clientWidth && getComputedStyle(el).textOverflow === 'ellipsis',
    ),
  ).toBe(true)
  await expect(cell).toHaveAttribute('title', /^Hang Seng Tech Index: /)
})

test('390x844: every cell the same three lines, the unit with its figure', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  const band = await openBand(page)
  const cells = await measureCells(page)
  expect(new Set(cells.map((cell) => cell.height)).size).toBe(1)
  for (const cell of cells) {
    // Name, then change (lines of the first paragraph), then the value: no line wraps.
    expect(cell.lines).toHaveLength(2)
    expect(cell.lines[0]).toBeLessThan(40)
    expect(cell.lines[1]).toBeLessThan(24)
  }
  const brent = band.getByRole('listitem').filter({ hasText: 'Brent' })
  await expect(brent.getByText('/barrel')).toBeVisible()
  // Read whole by a screen reader: "$67.21 per barrel".
  const read = await brent.ariaSnapshot()
  expect(read).toContain('$67.21 per barrel')
  expect(read).not.toContain('/barrel')
})
