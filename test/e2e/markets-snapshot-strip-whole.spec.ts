import { expect, test, type Locator } from '@playwright/test'
import { copyFixtures, serveBuild } from './serve-build'
import { type StaticServer } from '../../scripts/lib/static-server.mjs'

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

/** The text cut short in a list's items: a box that clips, narrower than what it holds. */
function cutText(list: Locator) {
  return list.getByRole('listitem').evaluateAll((cells) =>
    cells.flatMap((cell) =>
      [...cell.querySelectorAll<HTMLElement>('*')]
        .filter(
          (el) =>
            el.clientWidth > 1 &&
            getComputedStyle(el).overflowX !== 'visible' &&
            el.scrollWidth > el.clientWidth + 1 &&
            // A name gives way to its tooltip, as it always has (right-to-left-text.spec.ts).
            !el.hasAttribute('title'),
        )
        .map((el) => el.textContent),
    ),
  )
}

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
    expect(await cutText(list)).toEqual([])
  })
}
