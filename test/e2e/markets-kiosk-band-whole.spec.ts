import { expect, test } from '@playwright/test'
import { serveBuild } from './serve-build'
import { type StaticServer } from '../../scripts/lib/static-server.mjs'
import { cutText } from './layout-checks'

// A wall screen's band (?kiosk): its large type left the time and the unit words giving way as on
// a desk, to a tooltip no one at a wall screen can hover: "Mon ~2…" and "$67.21 per b…" at
// 1024x768, Brent's time "~." at 1280x720.
let server: StaticServer

test.beforeAll(async () => {
  server = await serveBuild()
})
test.afterAll(async () => server?.close())

for (const [width, height] of [
  [1024, 768],
  [1280, 720],
  [1366, 768],
  [1920, 1080],
] as const) {
  test(`a wall screen's band at ${width}x${height}: nothing cut`, async ({ page }) => {
    await page.setViewportSize({ width, height })
    await page.goto(`${server.url}?kiosk&tz=UTC`)
    const list = page.getByRole('list', { name: 'Market snapshot' })
    await expect(list.getByRole('listitem')).toHaveCount(6)
    await expect(list.getByText('$67.21')).toBeVisible()
    await expect(list.getByText('~08:00 UTC').first()).toBeVisible()
    expect(await cutText(list)).toEqual([])
  })
}
