import { expect, test } from '@playwright/test'
import { rmSync } from 'node:fs'
import type { StaticServer } from '../../scripts/lib/static-server.mjs'
import { copyFixtures, serveBuild } from './serve-build'

// Test data: the demo feed with 3,000 generated quotes (one a minute, before the talks).
const count = 3000
let server: StaticServer
let dir = ''

test.beforeAll(async () => {
  const fixtures = copyFixtures('ttm-long-wall-')
  dir = fixtures.dir
  fixtures.generate('quotes.json', 'quotes', count, (i) => ({
    id: `generated-${i + 1}`,
    text: `Generated quote ${i + 1} (test data).`,
  }))
  server = await serveBuild({ config: { timeZone: 'Europe/London' }, feedDir: dir })
})

test.afterAll(async () => {
  await server?.close()
  rmSync(dir, { recursive: true, force: true })
})

test.use({ viewport: { width: 390, height: 844 } })

test('on a phone, a long quote wall mounted in its hidden tab shows its rows when opened', async ({
  page,
}) => {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  await page.goto(server.url)
  const timeline = page.getByRole('list', {
    name: 'Sessions, developments and quotes in time order',
  })
  await expect(timeline).toBeVisible()
  await page.getByRole('tab', { name: /Quotes/ }).click()
  const wall = page.getByRole('region', { name: 'Quote wall' })
  await expect(
    wall.getByText(`${count.toLocaleString('en-US')} of ${count.toLocaleString('en-US')} quotes`),
  ).toBeVisible()
  const rows = wall.locator('li[data-quote-id]')
  await expect(rows.first()).toBeVisible()
  await expect(wall.getByRole('alert')).toHaveCount(0)
  // A screenful of rows, each at its own height, not the whole list at none.
  expect(await rows.count()).toBeLessThan(40)
  const heights = await rows.evaluateAll((items) =>
    items.map((item) => item.getBoundingClientRect().height),
  )
  expect(Math.min(...heights)).toBeGreaterThan(20)
  expect(errors).toEqual([])
})
