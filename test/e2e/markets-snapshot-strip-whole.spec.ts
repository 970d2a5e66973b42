import { expect, test } from '@playwright/test'
import { copyFixtures, serveBuild } from './serve-build'
import { type StaticServer } from '../../scripts/lib/static-server.mjs'
import { cutText } from './layout-checks'

// The snapshot strip alone (?view=snapshot), as a portal embeds it: at 480x360 its cards read
// "level not rep…" and "$67.21 per ba…", with no tooltip to read the rest in. Test data: the demo
// feed, Brent's day change given in dollars only (as a future's may be: "+$0.17 per barrel").
let server: StaticServer

test.beforeAll(async () => {
  const feed = copyFixtures('ttm-strip-')
  feed.edit('markets.json', (doc) => {
    const brent = doc.instruments!.find((instrument) => instrument.id === 'brent')!
    Object.assign(brent, { change: 0.17, changePercent: null })
  })
  server = await serveBuild({ feedDir: feed.dir })
})
test.afterAll(async () => server?.close())

for (const [width, height] of [
  [300, 250],
  [480, 360],
  [800, 600],
] as const) {
  test(`?view=snapshot at ${width}x${height}: every level and change whole`, async ({ page }) => {
    await page.setViewportSize({ width, height })
    await page.goto(`${server.url}?view=snapshot&tz=UTC`)
    const list = page.getByRole('list', { name: 'Market snapshot' })
    await expect(list.getByRole('listitem')).toHaveCount(6)
    await expect(list.getByText('+$0.17 per barrel')).toBeVisible()
    await expect(list.getByText('level not reported').first()).toBeVisible()
    expect(await cutText(list, { exceptTitled: true })).toEqual([])
  })
}
