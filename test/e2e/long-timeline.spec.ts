import { expect, test } from '@playwright/test'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { StaticServer } from '../../scripts/lib/static-server.mjs'
import { copyFixtures, serveBuild } from './serve-build'

// Test data: the demo feed with 2,000 generated developments (one a minute, before the talks).
const count = 2000
let server: StaticServer
let dir = ''

test.beforeAll(async () => {
  const fixtures = copyFixtures('ttm-long-timeline-')
  dir = fixtures.dir
  const doc = JSON.parse(readFileSync(join(dir, 'developments.json'), 'utf8'))
  const template = doc.developments[0]
  const start = Date.parse('2025-06-01T00:00:00Z')
  doc.developments = Array.from({ length: count }, (_, i) => ({
    ...template,
    id: `generated-${i + 1}`,
    title: `Generated development ${i + 1}`,
    at: new Date(start + i * 60_000).toISOString(),
    atPrecision: 'exact',
    figures: [],
  }))
  writeFileSync(join(dir, 'developments.json'), JSON.stringify(doc))
  server = await serveBuild({ config: { timeZone: 'Europe/London' }, feedDir: dir })
})

test.afterAll(async () => {
  await server?.close()
  rmSync(dir, { recursive: true, force: true })
})

test('a long timeline draws the entries around now from its first render, not the oldest ones first', async ({
  page,
}) => {
  // Every row ever added to the page, even one taken away again before anyone looks.
  await page.addInitScript(() => {
    const added: string[] = []
    Object.assign(window, { addedRows: added })
    new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes)
          if (node instanceof HTMLElement) added.push(node.textContent ?? '')
    }).observe(document, { childList: true, subtree: true })
  })
  await page.goto(`${server.url}?view=timeline`)
  const list = page.getByRole('list', { name: 'Sessions, developments and quotes in time order' })
  await expect(list.locator('[data-now-line]')).toBeVisible()
  // All of them are in the list, though only those near the view are drawn.
  const size = await list.locator(':scope > li').first().getAttribute('aria-setsize')
  expect(Number(size)).toBeGreaterThan(count)
  const added = await page.evaluate(() => (window as unknown as { addedRows: string[] }).addedRows)
  // The first entry stays in the document as the list's Tab stop; the second is far above the view.
  expect(added.some((text) => /Generated development 2(?!\d)/.test(text))).toBe(false)
})
