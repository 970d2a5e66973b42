import { expect, test, type Page } from '@playwright/test'
import { rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { StaticServer } from '../../scripts/lib/static-server.mjs'
import { copyFixtures, serveBuild } from './serve-build'

// Test data: the demo feed with 11,000 generated quotes (4.4 MB: over 4 MB, read in a worker),
// one record the contract refuses, and one quote in Arabic.
const count = 11_000
let dir = ''

test.beforeAll(() => {
  const fixtures = copyFixtures('ttm-worker-feed-')
  dir = fixtures.dir
  fixtures.edit('quotes.json', (doc) => {
    const template = doc.quotes![0]!
    doc.quotes = Array.from({ length: count }, (_, i) => ({
      ...template,
      id: `generated-${i + 1}`,
      text: i === 0 ? 'نص تجريبي للاختبار' : `Generated quote ${i + 1} (test data).`,
      saidAt: new Date(Date.parse('2025-06-01T00:00:00Z') + i * 60_000).toISOString(),
    }))
    doc.quotes.push({ id: 'generated-without-speaker', text: 'no speaker, no time' })
  })
  expect(statSync(join(dir, 'quotes.json')).size).toBeGreaterThan(4 * 1024 * 1024)
})

test.afterAll(() => rmSync(dir, { recursive: true, force: true }))

test.use({ viewport: { width: 1366, height: 768 } })

async function wallRead(page: Page, server: StaticServer) {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto(server.url)
  const wall = page.getByRole('region', { name: 'Quote wall' })
  const total = count.toLocaleString('en-GB')
  await expect(wall.getByText(`${total} of ${total} quotes`)).toBeVisible()
  await expect(wall.getByText('1 quote could not be read and is not shown')).toBeVisible()
  await wall.getByRole('searchbox', { name: 'Search quotes' }).fill('تجريبي')
  await expect(wall.getByText(`1 of ${total} quotes`)).toBeVisible()
  await expect(wall.locator('li[data-quote-id="generated-1"]')).toContainText('نص تجريبي للاختبار')
  expect(errors).toEqual([])
  return page.evaluate(() =>
    performance.getEntriesByType('resource').some((e) => /parse-worker-[\w-]+\.js$/.test(e.name)),
  )
}

test('a quotes document over 4 MB is read in a worker and shown whole, its refused record named', async ({
  page,
}) => {
  const server = await serveBuild({ config: { timeZone: 'Europe/London' }, feedDir: dir })
  try {
    expect(await wallRead(page, server)).toBe(true)
  } finally {
    await server.close()
  }
})

test('where the page policy allows no worker, the page reads the long document itself', async ({
  page,
}) => {
  const server = await serveBuild({
    config: { timeZone: 'Europe/London' },
    feedDir: dir,
    headers: { 'content-security-policy': "worker-src 'none'" },
  })
  try {
    expect(await wallRead(page, server)).toBe(false)
  } finally {
    await server.close()
  }
})
