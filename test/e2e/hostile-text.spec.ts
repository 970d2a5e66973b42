import { expect, test, type Page } from '@playwright/test'
import { copyFixtures, serveBuild } from './serve-build'
import { rmSync } from 'node:fs'
import { type StaticServer } from '../../scripts/lib/static-server.mjs'

// Feed text that tries to break the layout rather than run a script: an unclosed right-to-left
// override in a name, a 10,000-character word, stacked combining marks (Zalgo), and URL echoes
// of 10,000 (?q=) and 100,000 (?instrument=) characters. Service workers are blocked: the feed
// comes from the static server.
test.use({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } })

const longWord = 'W'.repeat(10_000)
const longQuote = 'Both sides went through every item on the table, line by line. '.repeat(50)
const zalgo = `Z${'\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308\u0309\u030a'.repeat(20)}algo`
let server: StaticServer
let dir: string

test.beforeAll(async () => {
  const fixtures = copyFixtures('ttm-hostile-text-')
  dir = fixtures.dir
  const { set } = fixtures
  set('index.json', 'people', 0, 'name', 'Donald Trump\u202E') // unclosed RIGHT-TO-LEFT OVERRIDE
  set('index.json', 'people', 0, 'organisation', zalgo)
  set('index.json', 'topics', 0, 'label', `Topic ${longWord}`)
  set('index.json', 'people', 2, 'role', `Role ${longWord}`)
  set('index.json', 'people', 3, 'name', `Name${longWord}`)
  set('quotes.json', 'quotes', 0, 'text', `Long ${longWord} word`)
  set('quotes.json', 'quotes', 1, 'text', longQuote)
  set('quotes.json', 'quotes', 1, 'saidAt', '2025-06-08T12:00:00Z') // the oldest item
  set('developments.json', 'developments', 0, 'title', `Title ${longWord}`)
  set('sessions.json', 'sessions', 0, 'venue', `Venue ${longWord}`)
  set('sessions.json', 'sessions', 0, 'summary', `Summary ${longWord}`)
  set('issues.json', 'issues', 0, 'usAsk', `Ask ${longWord}`)
  set('markets.json', 'instruments', 0, 'unit', `unit${longWord}`)
  server = await serveBuild({ config: { timeZone: 'Europe/London' }, feedDir: dir })
})

test.afterAll(async () => {
  await server?.close()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth)

test('an unclosed right-to-left override in a name does not reverse the words beside it', async ({
  page,
}) => {
  await page.goto(`${server.url}?view=quotes`)
  const card = page.locator('[data-quote-id="trump-good-reports"]')
  const role = card.getByText('US President', { exact: false }).first()
  await expect(role).toBeVisible()
  // The role reads left to right: "U" is drawn left of "P" (with the override leaking, it is reversed).
  const order = await card.evaluate((el) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
    let node: Node | null
    while ((node = walker.nextNode()) && !node.textContent!.includes('US President'));
    const offset = node!.textContent!.indexOf('US President')
    const x = (i: number) => {
      const range = document.createRange()
      range.setStart(node!, offset + i)
      range.setEnd(node!, offset + i + 1)
      return range.getBoundingClientRect().x
    }
    return { u: x(0), p: x(3) }
  })
  expect(order.u).toBeLessThan(order.p)
})

test('a 10,000-character word wraps inside its card; the page stays as wide as the window', async ({
  page,
}) => {
  for (const [view, loaded] of [
    ['', /\d+ of \d+ quotes/],
    ['?view=quotes', /\d+ of \d+ quotes/],
    // Selected, so the (virtualized) timeline opens at it and draws it.
    ['?view=timeline&development=china-may-exports-to-us', /Title W{100}/],
  ] as const) {
    await page.goto(`${server.url}${view}`)
    await expect(page.getByText(loaded).first()).toBeVisible()
    // The filters list every speaker, the long name too: a select as wide as its option widened the page.
    expect(await pageWidth(page), view || 'dashboard').toBeLessThanOrEqual(1280)
  }
})

test('a quote of 3,150 characters takes four lines in the timeline, and is whole on the wall', async ({
  page,
}) => {
  await page.goto(`${server.url}?view=timeline&quote=trump-good-start`)
  const marker = page
    .getByRole('list', { name: /^Quotes by/ })
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: /^“Both sides went through/ }) })
  await expect(marker).toBeVisible()
  const { height, lineHeight, text } = await marker.evaluate((li) => ({
    height: li.getBoundingClientRect().height,
    lineHeight: parseFloat(getComputedStyle(li).lineHeight),
    text: li.textContent ?? '',
  }))
  expect(height).toBeLessThanOrEqual(4 * lineHeight + 1)
  // Only drawn shorter: the link still holds the whole quote for a screen reader.
  expect(text).toContain(longQuote.trim())
  // Last in the list, nothing of the cut text leaves blank space to scroll through below it.
  await page.goto(`${server.url}?view=timeline&order=newest&quote=trump-good-start`)
  await expect(marker).toBeVisible()
  const blankBelow = await marker.evaluate((li) => {
    const list = li.closest('ol')!
    const scroller = list.parentElement!
    scroller.scrollTop = scroller.scrollHeight
    return scroller.getBoundingClientRect().bottom - list.getBoundingClientRect().bottom
  })
  expect(blankBelow).toBeLessThanOrEqual(1)
  await page.goto(`${server.url}?view=quotes&quote=trump-good-start`)
  const card = page.locator('[data-quote-id="trump-good-start"]')
  const count = longQuote.length.toLocaleString('en-US')
  await expect(card.getByText(`Read the whole quote (${count} characters)`)).toBeVisible()
})

// 10,000 characters each: a longer URL is refused by the server before the page loads.
test('?q= and ?instrument= of 10,000 characters are echoed wrapped, never widening the page', async ({
  page,
}) => {
  await page.goto(`${server.url}?q=${'q'.repeat(10_000)}`)
  await expect(page.getByText(/\d+ of \d+ quotes/).first()).toBeVisible()
  expect(await pageWidth(page)).toBeLessThanOrEqual(1280)
  await page.goto(`${server.url}?view=markets&instrument=${'i'.repeat(10_000)}`)
  await expect(page.getByText(/The feed lists no instrument/)).toBeVisible()
  expect(await pageWidth(page)).toBeLessThanOrEqual(1280)
})

test('stacked combining marks stay inside their card', async ({ page }) => {
  await page.goto(`${server.url}?view=quotes`)
  const name = page.locator('[data-quote-id] p').filter({ hasText: 'algo' }).first()
  await expect(name).toBeVisible()
  // The line that holds the name clips what is drawn outside it.
  const clip = await name.evaluate((el) => {
    for (let node: Element | null = el; node; node = node.parentElement) {
      const style = getComputedStyle(node)
      if (style.overflowY === 'clip' || style.overflowY === 'hidden') return node.tagName
    }
    return null
  })
  expect(clip).not.toBeNull()
})

test('compact rows keep each quote’s time in view beside a 10,000-character name', async ({
  page,
}) => {
  await page.goto(`${server.url}?view=quotes&density=compact`)
  const rows = page.locator('li[data-quote-id]')
  await expect(rows.first()).toBeVisible()
  const hidden = await rows.evaluateAll((items) =>
    items.flatMap((item) => {
      const line = item.querySelector('p')
      const time = line?.querySelector('time')
      if (!line || !time) return []
      const box = line.getBoundingClientRect()
      const at = time.getBoundingClientRect()
      return at.width > 0 && at.right <= box.right + 0.5
        ? []
        : [
            `${item.getAttribute('data-quote-id')}: time at ${at.left}–${at.right}, line ends ${box.right}`,
          ]
    }),
  )
  expect(hidden).toEqual([])
})
