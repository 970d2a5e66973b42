import { expect, test } from '@playwright/test'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { type StaticServer } from '../../scripts/lib/static-server.mjs'
import { copyFixtures, serveBuild } from './serve-build'

// A desk's feed of three instruments (the demo's first three: test data), read in Shanghai time,
// whose zone name ("GMT+8") is longer than London's. The band's six columns left half of it empty
// and cut the cells' times ("Tue 10 Jun, ~04:00 G…"). Service workers are blocked: no demo.
test.use({ serviceWorkers: 'block', viewport: { width: 1366, height: 768 } })

let server: StaticServer
let dir: string

test.beforeAll(async () => {
  dir = copyFixtures('ttm-band-three-').dir
  const file = join(dir, 'markets.json')
  const markets = JSON.parse(readFileSync(file, 'utf8'))
  markets.instruments = markets.instruments.slice(0, 3)
  writeFileSync(file, JSON.stringify(markets))
  server = await serveBuild({ config: { timeZone: 'Asia/Shanghai' }, feedDir: dir })
})

test.afterAll(async () => {
  await server?.close()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

test('three instruments share the band’s width, each time whole', async ({ page }) => {
  await page.goto(server.url)
  const band = page.getByRole('list', { name: 'Market snapshot' }).first()
  const cells = band.getByRole('listitem')
  await expect(cells).toHaveCount(3)
  const bandBox = (await band.boundingBox())!
  for (const cell of await cells.all()) {
    const box = (await cell.boundingBox())!
    expect(box.width).toBeGreaterThan(bandBox.width / 3 - 16)
    const time = cell.locator('time')
    await expect(time).toBeVisible()
    expect(
      await time.evaluate((element) => {
        const holder = element.parentElement!
        return holder.scrollWidth <= holder.clientWidth
      }),
    ).toBe(true)
  }
})
