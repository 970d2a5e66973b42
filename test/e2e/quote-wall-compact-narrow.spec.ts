import { expect, test } from '@playwright/test'
import { rmSync } from 'node:fs'
import type { StaticServer } from '../../scripts/lib/static-server.mjs'
import { copyFixtures, serveBuild } from './serve-build'
import { settled } from './page-ready'

// Test data: the demo feed with every speaker's name made long, as a desk feed names a ministry
// or a spokesperson in full ("Donald Trump (test name, long as a ministry's)").
test.use({ serviceWorkers: 'block' })

let server: StaticServer
let dir = ''

test.beforeAll(async () => {
  const fixtures = copyFixtures('ttm-quote-wall-compact-')
  dir = fixtures.dir
  fixtures.edit('index.json', (doc) => {
    for (const person of doc.people!)
      person.name = `${String(person.name)} (test name, long as a ministry’s)`
  })
  server = await serveBuild({ config: { timeZone: 'Europe/London' }, feedDir: dir })
})

test.afterAll(async () => {
  await server?.close()
  rmSync(dir, { recursive: true, force: true })
})

for (const { name, width, height } of [
  { name: 'the 1366x768 desk', width: 1366, height: 768 },
  { name: 'a 390 px phone', width: 390, height: 844 },
]) {
  test(`compact rows on ${name} show the start of each quote beside a long speaker name`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height })
    await page.goto(`${server.url}?density=compact`)
    await settled(page, { charts: false })
    if (width < 1024) await page.getByRole('tab', { name: 'Quotes' }).click()
    const rows = page
      .getByRole('region', { name: 'Quote wall' })
      .getByRole('list', { name: 'Quotes' })
      .locator('> li')
    await expect(rows.first()).toBeVisible()
    // How much of each quote's words the closed row shows, against the row's width.
    const shown = await rows.evaluateAll((items) =>
      items.map((item) => {
        const line = item.querySelector('p')
        const text = line?.querySelector('span[lang], span[dir="auto"]:not(.font-semibold)')
        const width = (el: Element | null | undefined) => el?.getBoundingClientRect().width ?? 0
        return { line: width(line), text: width(text) }
      }),
    )
    expect(shown.length).toBeGreaterThan(3)
    // A quarter of the row at least (about ten characters here): the name used to leave the quote
    // 64 px of a 322 px row, and 3 px (its closing quotation mark) beside a longer side's name.
    for (const { line, text } of shown) expect(text).toBeGreaterThanOrEqual(line / 4 - 1)
  })
}
