import { expect, test } from '@playwright/test'
import { rmSync } from 'node:fs'
import type { StaticServer } from '../../scripts/lib/static-server.mjs'
import { copyFixtures, serveBuild } from './serve-build'

// Test data: the demo feed with 2,000 generated developments (one a minute, before the talks), so
// the list opened at now is far from both of its ends.
let server: StaticServer
let dir = ''

test.beforeAll(async () => {
  const fixtures = copyFixtures('ttm-order-flip-')
  dir = fixtures.dir
  fixtures.generate('developments.json', 'developments', 2000, (i) => ({
    id: `generated-${i + 1}`,
    title: `Generated development ${i + 1}`,
    atPrecision: 'exact',
    figures: [],
  }))
  server = await serveBuild({ config: { timeZone: 'Europe/London' }, feedDir: dir })
})

test.afterAll(async () => {
  await server?.close()
  rmSync(dir, { recursive: true, force: true })
})

test('turning the order over keeps the now line in view, as the link opens it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.goto(server.url)
  const list = page.getByRole('list', { name: 'Sessions, developments and quotes in time order' })
  const nowLine = list.locator('[data-now-line]')
  await expect(nowLine).toBeInViewport()
  await page.getByRole('button', { name: /^Order: oldest first/ }).click()
  await expect(page).toHaveURL(/[?&]order=newest(&|$)/)
  await expect(nowLine).toBeInViewport()
  const timeline = page.getByRole('region', { name: 'Timeline' })
  await expect(timeline.getByRole('button', { name: 'Now', exact: true })).toHaveCount(0)
  await page.getByRole('button', { name: /^Order: newest first/ }).click()
  await expect(nowLine).toBeInViewport()
})
