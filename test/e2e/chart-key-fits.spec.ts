import { expect, test, type Page } from '@playwright/test'
import { rmSync } from 'node:fs'
import type { StaticServer } from '../../scripts/lib/static-server.mjs'
import { copyFixtures, serveBuild } from './serve-build'
import { chartsDrawn } from './page-ready'

// On the dashboard each card's chart key keeps to one line (the cards of a grid row share their
// rows' heights), and it hid the entries that did not fit on it without a word: at 1366 and 1920 px
// "Event (markers below)" and "Previous close" were cut from every card. Every entry the chart
// draws must now be on the line (maybe in short words, its full words kept for screen readers and
// in its tooltip) or named by a "+N" entry's accessible name and tooltip.

test.use({ serviceWorkers: 'block' })

/**
 * Test data: the demo feed with its markets moved to time zones whose places have long names, so
 * each key's "<place> closed" is long. Only the zones change; hours and prices are the demo's.
 */
const longPlaces: Record<string, string> = {
  spx: 'America/Argentina/Buenos_Aires',
  ixic: 'America/Port_of_Spain',
  hstech: 'Asia/Ho_Chi_Minh',
  csi300: 'Africa/Dar_es_Salaam',
  brent: 'America/North_Dakota/New_Salem',
  dxy: 'America/Bahia_Banderas',
}

let demo: StaticServer
let longNames: StaticServer
let longDir: string

test.beforeAll(async () => {
  const fixtures = copyFixtures('ttm-chart-key-')
  longDir = fixtures.dir
  fixtures.edit('markets.json', (doc) => {
    for (const instrument of doc.instruments!) {
      const zone = longPlaces[String(instrument.id)]
      if (zone) instrument.timeZone = zone
    }
  })
  demo = await serveBuild({ config: { timeZone: 'Europe/London' } })
  longNames = await serveBuild({ config: { timeZone: 'Europe/London' }, feedDir: longDir })
})

test.afterAll(async () => {
  await demo?.close()
  await longNames?.close()
  if (longDir) rmSync(longDir, { recursive: true, force: true })
})

type CardKey = {
  name: string
  top: number
  height: number
  keyHeight: number
  /** Entries drawn but not inside the key's box (cut off, or wrapped out of sight). */
  unseen: string[]
  /** What the key names: its entries' words (short ones' full words too) and its "+N"'s name. */
  named: string
  /** The "+N" entry's accessible name and tooltip, when it has one. */
  more: { label: string | null; title: string | null } | null
  /** The marks the chart draws. */
  marks: { session: boolean; closed: boolean; events: boolean; close: boolean }
}

/** Every drawn card's key, scrolled through the markets region so each card is drawn. */
async function cardKeys(page: Page): Promise<CardKey[]> {
  const markets = page.getByRole('region', { name: 'Market reaction' })
  const cards = markets.getByRole('article')
  // The cards are mounted one after another once the region is near: wait for the last.
  await expect(cards.first()).toBeVisible()
  await expect(markets.locator('[data-chart-placeholder]')).toHaveCount(0)
  await expect(markets.locator('[aria-busy="true"]')).toHaveCount(0)
  const count = await cards.count()
  for (let i = 0; i < count; i++)
    await expect(cards.nth(i).getByRole('list', { name: 'Chart key' })).toBeAttached()
  return cards.evaluateAll((articles) =>
    articles.map((article) => {
      const key = article.querySelector<HTMLElement>('[aria-label="Chart key"]')!
      const box = key.getBoundingClientRect()
      const items = [...key.querySelectorAll<HTMLElement>(':scope > li')]
      const inside = (li: HTMLElement) => {
        const r = li.getBoundingClientRect()
        return (
          r.width > 0 &&
          r.left >= box.left - 1 &&
          r.right <= box.right + 1 &&
          r.top >= box.top - 1 &&
          r.bottom <= box.bottom + 1
        )
      }
      const more = key.querySelector<HTMLElement>('[data-key-more]')
      const card = article.getBoundingClientRect()
      return {
        name: article.querySelector('h3')?.textContent ?? '',
        top: Math.round(card.top),
        height: Math.round(card.height),
        keyHeight: Math.round(box.height),
        unseen: items.filter((li) => !inside(li)).map((li) => li.textContent ?? ''),
        named: [
          ...items.filter((li) => li !== more).map((li) => li.textContent ?? ''),
          more?.getAttribute('aria-label') ?? '',
        ].join(' | '),
        more: more
          ? { label: more.getAttribute('aria-label'), title: more.getAttribute('title') }
          : null,
        marks: {
          session: article.querySelector('[data-band="session"]') !== null,
          closed: article.querySelector('[data-band="closed"]') !== null,
          events: article.querySelector('[data-event-lines]') !== null,
          close: article.querySelector('[data-previous-close]') !== null,
        },
      }
    }),
  )
}

function expectEveryEntrySaid(keys: CardKey[]) {
  expect(keys.length).toBeGreaterThan(1)
  for (const key of keys) {
    expect(key.unseen, `${key.name}: entries cut from the key`).toEqual([])
    // One line: the row's height is shared with its neighbours.
    expect(key.keyHeight, key.name).toBeLessThanOrEqual(16)
    if (key.marks.session) expect(key.named, key.name).toContain('Talks in session')
    if (key.marks.closed) expect(key.named, key.name).toMatch(/\S closed/)
    if (key.marks.events) expect(key.named, key.name).toContain('Event (markers below)')
    if (key.marks.close) expect(key.named, key.name).toMatch(/Previous close|Close of/)
    if (key.more) {
      expect(key.more.label, key.name).toMatch(/^\d more: /)
      // The tooltip names the same entries.
      for (const entry of key.more.label!.replace(/^\d more: /, '').split(', '))
        expect(key.more.title, key.name).toContain(entry)
    }
  }
  // Cards side by side keep one height (the grid's shared rows).
  const rows = new Map<number, CardKey[]>()
  for (const key of keys) rows.set(key.top, [...(rows.get(key.top) ?? []), key])
  for (const row of rows.values())
    expect(new Set(row.map((k) => k.height)).size, row.map((k) => k.name).join(', ')).toBe(1)
}

/**
 * Folds the timeline and drags the divider before the markets left, as a viewer widens them to three
 * charts a row.
 */
async function widenMarkets(page: Page) {
  await page.getByRole('button', { name: 'Collapse the timeline' }).click()
  const divider = page.getByRole('separator', {
    name: 'Resize the quote wall and the market reaction',
  })
  const handle = (await divider.boundingBox())!
  const y = handle.y + handle.height / 2
  await page.mouse.move(handle.x + handle.width / 2, y)
  await page.mouse.down()
  await page.mouse.move(handle.x - 450, y, { steps: 5 })
  await page.mouse.up()
}

const layouts = [
  { width: 1366, height: 768, widen: false, columns: 2 },
  // The markets widened by the viewer to three charts a row.
  { width: 1366, height: 768, widen: true, columns: 3 },
  { width: 1920, height: 1080, widen: false, columns: 3 },
] as const

for (const { width, height, widen, columns } of layouts) {
  for (const feed of ['demo', 'long place names'] as const) {
    for (const search of ['', '?session=london-day-1']) {
      test(`${width}x${height}${widen ? ', markets widened' : ''}, ${feed}${search ? ', an event chosen' : ''}: no chart key hides an entry unsaid`, async ({
        page,
      }) => {
        await page.setViewportSize({ width, height })
        await page.goto(`${(feed === 'demo' ? demo : longNames).url}${search}`)
        await chartsDrawn(page)
        if (widen) await widenMarkets(page)
        const keys = await cardKeys(page)
        expect(keys.filter((k) => k.top === keys[0]!.top)).toHaveLength(columns)
        expectEveryEntrySaid(keys)
      })
    }
  }
}
