import { expect, test } from '@playwright/test'
import { type StaticServer } from '../../scripts/lib/static-server.mjs'
import { settled } from './page-ready'
import { serveMultiMonthFeed, type ServedMultiMonthFeed } from './serve-multi-month-feed'

// Checks of the whole page on the multi-month test feed (test/e2e/multi-month-feed.ts: three
// rounds, twenty instruments), at widths and on paper, where its longer names and lists land
// where the demo's do not. Service workers are blocked: no demo.
test.use({ serviceWorkers: 'block' })

let served: ServedMultiMonthFeed
let app: StaticServer

test.beforeAll(async () => {
  served = await serveMultiMonthFeed()
  app = served.app
})

test.afterAll(async () => {
  await served?.close()
})

// The briefing's two rows both hold small buttons: the issues on the table above, "+15 more" moves
// below. Where one sat over the other (it depends on the width and the names), the rows were 20 px
// apart and each button's 24 px of room (WCAG 2.2, target size) ran into the other's.
/**
 * The pairs of the briefing's small targets (under 24 px either way) whose 24 px circles, centred
 * on each, meet (WCAG 2.2's spacing rule for targets under the minimum size), or that sit one over
 * the other less than 24 px apart: where they meet depends on the names and the width, so a row
 * over another must be far enough whatever they hold.
 */
function crowdedTargets(): string[] {
  const briefing = document.querySelector('[aria-label="Briefing"]')
  const targets = [...(briefing?.querySelectorAll('button, a') ?? [])]
    .map((element) => ({ name: element.textContent ?? '', box: element.getBoundingClientRect() }))
    .filter(({ box }) => box.width > 0 && (box.width < 24 || box.height < 24))
  const centre = (box: DOMRect) => [box.left + box.width / 2, box.top + box.height / 2] as const
  return targets.flatMap((a, i) =>
    targets.slice(i + 1).flatMap((b) => {
      const [ax, ay] = centre(a.box)
      const [bx, by] = centre(b.box)
      const stacked = a.box.left < b.box.right && b.box.left < a.box.right
      return Math.hypot(ax - bx, ay - by) < 24 || (stacked && Math.abs(ay - by) < 24)
        ? [`${a.name} / ${b.name}`]
        : []
    }),
  )
}

/** Whether a button of the briefing's first row sits over one of its second. */
function rowsShareAColumn(): boolean {
  const rows = [...(document.querySelector('[aria-label="Briefing"]')?.children ?? [])]
  const boxes = rows.map((row) =>
    [...row.querySelectorAll('button, a')].map((element) => element.getBoundingClientRect()),
  )
  return (boxes[0] ?? []).some((a) =>
    (boxes[1] ?? []).some(
      (b) => a.width > 0 && b.width > 0 && a.left < b.right && b.left < a.right,
    ),
  )
}

test('every small button of the briefing has its 24 px of room, at every desk width', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 900 })
  await page.goto(app.url)
  const more = page.getByRole('region', { name: 'Briefing' }).getByRole('button', {
    name: /more moves: show all 20/,
  })
  await expect(more).toBeVisible()
  const crowded: string[] = []
  let stackedWidths = 0
  for (let width = 1024; width <= 1920; width += 8) {
    await page.setViewportSize({ width, height: 900 })
    // The rows fit their items to the new width in the next frame.
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    )
    await expect(more).toBeVisible()
    for (const pair of await page.evaluate(crowdedTargets)) crowded.push(`${width} px: ${pair}`)
    if (await page.evaluate(rowsShareAColumn)) stackedWidths += 1
  }
  expect(crowded).toEqual([])
  // The check means something: at some widths a button sits over another.
  expect(stackedWidths).toBeGreaterThan(0)
})

test('on paper no text is cut, on a desk or a phone: nothing there can show the rest', async ({
  page,
}) => {
  for (const width of [1024, 390]) {
    await page.emulateMedia({ media: 'screen' })
    await page.setViewportSize({ width, height: 900 })
    await page.goto(app.url)
    await expect(page.getByRole('list', { name: 'Market snapshot' }).first()).toBeVisible()
    await expect(page.getByText(/^Latest$/).first()).toBeVisible()
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')))
    await page.emulateMedia({ media: 'print' })
    const cut = await page.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((element) => {
          const style = getComputedStyle(element)
          return (
            style.display !== 'none' &&
            element.clientWidth > 2 &&
            element.scrollWidth > element.clientWidth + 1 &&
            (style.textOverflow === 'ellipsis' || style.overflowX !== 'visible')
          )
        })
        .map((element) => element.textContent?.slice(0, 60)),
    )
    expect(cut, `${width} px`).toEqual([])
  }
})

// A symbol the page's font lacks (⤓ on the download buttons was one) is looked for in every font
// of the stack, then in the system's: a box where no font has it, and here 10 ms of the layout
// that first shows the timeline. The page's own symbols come from its fonts, or are drawn as SVG.
test('every glyph on the page is drawn in the fonts it names (sans and mono): no symbol needs a fallback font', async ({
  page,
}) => {
  await page.goto(app.url)
  await settled(page)
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('DOM.enable')
  await cdp.send('CSS.enable')
  type DomNode = {
    nodeId: number
    nodeType: number
    nodeName: string
    nodeValue: string
    children?: DomNode[]
  }
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1 })) as { root: DomNode }
  const elements: DomNode[] = []
  const collect = (node: DomNode) => {
    if (node.nodeType === 1) elements.push(node)
    node.children?.forEach(collect)
  }
  collect(root)
  const textOf = (node: DomNode) =>
    (node.children ?? [])
      .filter((child) => child.nodeType === 3)
      .map((child) => child.nodeValue)
      .join('')
      .trim()
  const familiesOf = async (nodeId: number) => {
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId })
    return fonts.map((font) => font.familyName)
  }
  const drawnIn = new Map<string, string[]>()
  for (const element of elements)
    for (const family of await familiesOf(element.nodeId))
      drawnIn.set(family, [
        ...(drawnIn.get(family) ?? []),
        `${element.nodeName.toLowerCase()} "${textOf(element)}"`,
      ])
  const fontOf = async (selector: string) => {
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector })
    return (await familiesOf(nodeId))[0]
  }
  const own = [await fontOf('h1'), await fontOf('.font-mono')]
  expect(own.every(Boolean)).toBe(true)
  const fallbacks = [...drawnIn].filter(([family]) => !own.includes(family))
  expect(fallbacks.map(([family, where]) => `${family}: ${where.slice(0, 5).join(', ')}`)).toEqual(
    [],
  )
  // The check reads the page: its text is drawn in both fonts, in hundreds of places.
  expect(drawnIn.get(own[0]!)?.length).toBeGreaterThan(100)
})

// On a 1920 or 2560 px desk, six cells left each 300 to 400 px for 150 px of figures, and twenty
// instruments folded to five: a wider band holds eight, ten or twelve in its one row.
test('a wider desk shows more of the twenty instruments in the band’s one row, the rest counted', async ({
  page,
}) => {
  const band = page.getByRole('list', { name: 'Market snapshot' }).first()
  const heights = new Set<number>()
  for (const [width, places, more] of [
    [1366, 6, 15],
    [1920, 8, 13],
    [2560, 10, 11],
    [3440, 12, 9],
  ] as const) {
    await page.setViewportSize({ width, height: 900 })
    await page.goto(app.url)
    await expect(
      band.getByRole('button', { name: `${more} more instruments: show all 20` }),
    ).toBeVisible()
    const rows = await band.evaluate((list) =>
      [...list.children]
        .filter((item) => item.getBoundingClientRect().width > 0)
        .map((item) => Math.round(item.getBoundingClientRect().top)),
    )
    expect(rows, `${width} px`).toHaveLength(places)
    expect(new Set(rows).size, `${width} px: one row`).toBe(1)
    heights.add(Math.round((await band.boundingBox())!.height))
  }
  // The band keeps its height (and the page its layout) at every width.
  expect(heights.size).toBe(1)
  await band.getByRole('button', { name: '9 more instruments: show all 20' }).click()
  const dialog = page.getByRole('dialog', { name: 'Market snapshot: all 20 instruments' })
  await expect(dialog.getByRole('listitem')).toHaveCount(20)
})
