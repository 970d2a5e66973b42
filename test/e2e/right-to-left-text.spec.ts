import { expect, test, type Locator } from '@playwright/test'
import { rmSync } from 'node:fs'
import { copyFixtures, serveBuild } from './serve-build'
import { type StaticServer } from '../../scripts/lib/static-server.mjs'

// Feed text in a right-to-left script, set into the page's left-to-right lines: an Arabic quote
// with a Latin abbreviation inside (test data, not a real quote), and an unclosed right-to-left
// override in a session title that the header sets into a sentence of its own.
test.use({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } })

const arabicQuote = 'مصادر: الاتحاد (EU) يعرض حصة'
// A made-up name, too long for a narrow line: it must be cut at its end (its left), not its start.
const longArabicName = 'عبدالرحمن بن عبدالعزيز بن محمد آل عبداللطيف الشمري'
let server: StaticServer
let dir: string

test.beforeAll(async () => {
  const fixtures = copyFixtures('ttm-rtl-')
  dir = fixtures.dir
  fixtures.set('quotes.json', 'quotes', 8, 'text', arabicQuote)
  fixtures.set('sessions.json', 'sessions', 1, 'title', 'Day 2\u202E')
  fixtures.set('index.json', 'people', 5, 'name', longArabicName)
  fixtures.set('markets.json', 'instruments', 2, 'shortName', longArabicName)
  server = await serveBuild({ config: { timeZone: 'Europe/London' }, feedDir: dir })
})

test.afterAll(async () => {
  await server?.close()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

/** Where each word is drawn (its left edge), found in the text nodes under `scope`. */
function wordPositions(scope: Locator, words: readonly string[]) {
  return scope.evaluate((root, words) => {
    const found: Record<string, { x: number; y: number }> = {}
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    let node: Node | null
    while ((node = walker.nextNode()))
      for (const word of words) {
        const at = node.textContent!.indexOf(word)
        if (at < 0 || found[word]) continue
        const range = document.createRange()
        range.setStart(node, at)
        range.setEnd(node, at + word.length)
        const box = range.getClientRects()[0]!
        found[word] = { x: box.x, y: box.y }
      }
    return found
  }, words)
}

test('an Arabic quote reads right to left, its first word rightmost, the Latin word inside it in place', async ({
  page,
}) => {
  await page.goto(`${server.url}?view=quotes`)
  const card = page.locator('[data-quote-id="yuyuantantian-realistic-view"]')
  await expect(card).toContainText('(EU)')
  const at = await wordPositions(card, ['مصادر', 'الاتحاد', '(EU)', 'يعرض', 'حصة'])
  expect(new Set(Object.values(at).map((p) => p.y)).size).toBe(1) // one line
  // Right to left: each word is drawn left of the one before it.
  expect(at['الاتحاد']!.x).toBeLessThan(at['مصادر']!.x)
  expect(at['(EU)']!.x).toBeLessThan(at['الاتحاد']!.x)
  expect(at['يعرض']!.x).toBeLessThan(at['(EU)']!.x)
  expect(at['حصة']!.x).toBeLessThan(at['يعرض']!.x)
  // The quote is a right-to-left paragraph (aligned right), an English one beside it is not.
  await expect(card.getByRole('blockquote')).toHaveJSProperty('dir', 'auto')
  expect(await card.getByRole('blockquote').evaluate((el) => el.matches(':dir(rtl)'))).toBe(true)
  const english = page
    .locator('[data-quote-id]:not([data-quote-id="yuyuantantian-realistic-view"]) blockquote')
    .first()
  expect(await english.evaluate((el) => el.matches(':dir(rtl)'))).toBe(false)
})

test('an unclosed override in a session title does not reverse the sentence the header makes of it', async ({
  page,
}) => {
  await page.goto(server.url)
  const line = page.getByRole('banner').getByText('starts in', { exact: false }).first()
  await expect(line).toBeVisible()
  const at = await wordPositions(line, ['starts', 'in '])
  expect(at['starts']!.x).toBeLessThan(at['in ']!.x)
})

/** Whether the name's first word is drawn whole inside the element that cuts it. */
function firstWordShown(element: Locator) {
  return element.evaluate((el, first) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
    let node: Node | null
    while ((node = walker.nextNode())) {
      const at = node.textContent!.indexOf(first)
      if (at < 0) continue
      const range = document.createRange()
      range.setStart(node, at)
      range.setEnd(node, at + first.length)
      const word = range.getBoundingClientRect()
      const box = el.getBoundingClientRect()
      return word.left >= box.left - 0.5 && word.right <= box.right + 0.5
    }
    return null
  }, longArabicName.split(' ')[0]!)
}

test('a right-to-left name cut short keeps its start: the quote row and the snapshot strip cut its end', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto(`${server.url}?view=quotes&density=compact`)
  const row = page.locator('[data-quote-id="yuyuantantian-realistic-view"] p').first()
  const name = row.locator('span.font-semibold')
  await expect(name).toContainText('عبدالرحمن')
  expect(await name.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true) // it is cut
  expect(await firstWordShown(name)).toBe(true)

  await page.goto(`${server.url}?view=snapshot`)
  const card = page.getByTitle(/Hang Seng/).first()
  await expect(card).toContainText('عبدالرحمن')
  expect(await card.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true)
  expect(await firstWordShown(card)).toBe(true)
})
