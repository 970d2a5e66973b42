import { expect, test, type Locator, type Page } from '@playwright/test'
import { settled } from './page-ready'
import { demoInstruments } from './demo-instruments'

const instruments = demoInstruments

/**
 * The contrast of every SVG <text> in the market charts, computed: its fill against what is behind
 * it (the label box it sits on, else the first opaque background up the tree). axe's color-contrast
 * rule does not read SVG text.
 */
function chartTextContrast(page: Page) {
  return page.locator('#markets').evaluate((root) => {
    const parse = (c: string) => {
      const m = c.match(/rgba?\(([\d.]+)[, ]+([\d.]+)[, ]+([\d.]+)(?:[,/ ]+([\d.]+))?\)/)
      return m
        ? [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])]
        : null
    }
    const blend = (top: number[], bottom: number[]) =>
      [0, 1, 2].map((i) => top[i]! * top[3]! + bottom[i]! * (1 - top[3]!)).concat(1)
    const luminance = (rgb: number[]) => {
      const [r, g, b] = rgb.slice(0, 3).map((v) => {
        const s = v / 255
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
      })
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
    }
    const pageBackground = (el: Element): number[] => {
      for (let node: Element | null = el; node; node = node.parentElement) {
        const bg = parse(getComputedStyle(node).backgroundColor)
        if (bg && bg[3]! > 0) return bg[3]! < 1 ? blend(bg, [255, 255, 255, 1]) : bg
      }
      return [255, 255, 255, 1]
    }
    const out: { text: string; ratio: number; fill: string }[] = []
    for (const text of root.querySelectorAll('svg text')) {
      const content = text.textContent?.trim() ?? ''
      const box = text.getBoundingClientRect()
      if (!content || box.width === 0) continue
      const panel = pageBackground(text.closest('svg')!.parentElement!)
      const rect = [...(text.parentElement?.children ?? [])].find(
        (c) => c.tagName === 'rect' && c !== text,
      )
      const rectFill = rect ? parse(getComputedStyle(rect).fill) : null
      const behind = rectFill
        ? blend(
            [...rectFill.slice(0, 3), rectFill[3]! * Number(getComputedStyle(rect!).opacity)],
            panel,
          )
        : panel
      const fill = parse(getComputedStyle(text).fill)
      if (!fill) {
        out.push({ text: content, ratio: 0, fill: getComputedStyle(text).fill })
        continue
      }
      const ink = blend(fill, behind)
      const [a, b] = [luminance(ink), luminance(behind)]
      out.push({
        text: content,
        ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05),
        fill: getComputedStyle(text).fill,
      })
    }
    return out
  })
}

for (const theme of ['light', 'dark'] as const) {
  test(`every chart's text meets 4.5:1 against what is behind it, ${theme} theme`, async ({
    page,
  }) => {
    await page.goto(`./?tz=Europe/London&theme=${theme}`)
    await settled(page)
    await expect(page.getByRole('heading', { name: /All instruments rebased/ })).toBeVisible()
    const texts = await chartTextContrast(page)
    // Axis labels of seven charts and the value labels: the check sees them all.
    expect(texts.length).toBeGreaterThan(40)
    const low = texts.filter((t) => t.ratio < 4.5)
    expect(low, `below 4.5:1: ${JSON.stringify(low.slice(0, 5))}`).toEqual([])
  })
}

/** The plot area of the chart in `scope`, in page coordinates: Recharts clips the plot to it. */
/**
 * The plot, in the page: between the ends of the time axis's line, and from that line up to the
 * value axis's top tick (its ticks are evenly spaced; a tick a value label covers is drawn empty).
 */
async function plotBox(scope: Locator) {
  const surface = (await scope.locator('svg.recharts-surface').boundingBox())!
  const line = scope.locator('.recharts-xAxis .recharts-cartesian-axis-line')
  const [x1, x2, bottom] = await Promise.all(
    ['x1', 'x2', 'y1'].map(async (a) => Number(await line.getAttribute(a))),
  )
  const ticks = await scope
    .locator('.recharts-yAxis-tick-labels > g')
    .evaluateAll((groups) =>
      groups.map((g) => Number(g.querySelector('text')?.getAttribute('y') ?? Number.NaN)),
    )
  const shown = ticks.flatMap((y, i) => (Number.isNaN(y) ? [] : [[i, y] as const]))
  const [[i, yi], [j, yj]] = [shown[0]!, shown.at(-1)!]
  const top = yi + ((ticks.length - 1 - i) * (yj - yi)) / (j - i)
  return { x: surface.x + x1!, y: surface.y + top, width: x2! - x1!, height: bottom! - top }
}

type Box = { x: number; y: number; width: number; height: number }

/** A layer drawn over the plot (a label may stand a few pixels over its edge, the last value's on the axis side). */
function expectOverPlot(box: Box, plot: Box, what: string) {
  expect(box.y, what).toBeGreaterThanOrEqual(plot.y - 12)
  expect(box.y + box.height, what).toBeLessThanOrEqual(plot.y + plot.height + 12)
  expect(box.x, what).toBeGreaterThanOrEqual(plot.x - 1)
  expect(box.x, what).toBeLessThanOrEqual(plot.x + plot.width + 8)
}

test('each panel: a plot at least 160 px tall, five or more value labels, the last value at the right edge, the previous close, a key', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.goto('./?tz=Europe/London')
  await settled(page)
  const markets = page.getByRole('region', { name: 'Market reaction' })
  for (const name of instruments) {
    const card = markets.getByRole('article', { name })
    await expect(card.locator('.market-line')).toHaveCount(1)
    const plot = await plotBox(card)
    expect(plot.height, name).toBeGreaterThanOrEqual(160)
    // The line and its last-value label are drawn over the plot, not beside or below it.
    for (const layer of ['.market-line', '[data-axis-label="last"]'])
      expectOverPlot((await card.locator(layer).boundingBox())!, plot, `${name} ${layer}`)
    const ticks = await card.locator('.recharts-yAxis-tick-labels text').allTextContents()
    const edgeLabels = await card.locator('[data-axis-label] text').allTextContents()
    expect(
      ticks.length + edgeLabels.length,
      `${name}: ${ticks} ${edgeLabels}`,
    ).toBeGreaterThanOrEqual(5)
    expect(ticks.length, name).toBeGreaterThanOrEqual(4)
    // The last value, labelled at the right edge, is the readout's last value.
    const last = await card.locator('[data-axis-label="last"] text').textContent()
    const lastBox = (await card.locator('[data-axis-label="last"]').boundingBox())!
    const slider = (await card.getByRole('slider').boundingBox())!
    expect(lastBox.x + lastBox.width).toBeGreaterThan(slider.x + slider.width - 8)
    expect(last).toMatch(/\d/)
    // Event lines are drawn through the plot.
    await expect(card.locator('[data-event-lines]')).toHaveCount(1)
    await expect(card.getByRole('list', { name: 'Chart key' })).toContainText('Event')
  }
  // The comparison's lines too.
  const comparison = markets.getByRole('region', { name: /All instruments rebased/ })
  const comparisonPlot = await plotBox(comparison)
  const lines = comparison.locator('.market-line')
  expect(await lines.count()).toBeGreaterThan(1)
  for (const line of await lines.all())
    expectOverPlot((await line.boundingBox())!, comparisonPlot, 'comparison line')
  // The S&P 500's previous close (6,000.48 in the feed) as a dashed line with its label; Hang Seng
  // Tech is given in % against its previous close, so the line is at 0.00%.
  const spx = markets.getByRole('article', { name: 'S&P 500' })
  await expect(spx.locator('[data-previous-close]')).toHaveCount(1)
  await expect(spx.locator('[data-axis-label="previous-close"]')).toHaveText('6,000.48')
  await expect(spx.locator('[data-axis-label="last"]')).toHaveText('6,005.88')
  await expect(spx.getByRole('list', { name: 'Chart key' })).toContainText('Previous close')
  const hstech = markets.getByRole('article', { name: 'Hang Seng Tech Index' })
  await expect(hstech.locator('[data-axis-label="previous-close"]')).toHaveText('0.00%')
  await expect(hstech.locator('[data-axis-label="last"]')).toHaveText('−1.16%')
  // Closed hours and the talks' sessions are shaded and named in the key.
  await expect(hstech.locator('[data-band="closed"]').first()).toBeAttached()
  await expect(hstech.getByRole('list', { name: 'Chart key' })).toContainText('Hong Kong closed')
  await expect(hstech.locator('[data-band="session"]').first()).toBeAttached()
  await expect(hstech.getByRole('list', { name: 'Chart key' })).toContainText('Talks in session')
})
