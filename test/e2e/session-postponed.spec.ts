import { expect, test } from '@playwright/test'
import type { StaticServer } from '../../scripts/lib/static-server.mjs'
import { calledOffFeed, writeFeedFolder } from '../feed/called-off-feed'
import { quoteMarkersIn } from './page-ready'
import { serveBuild } from './serve-build'

// The fictional Northport round (Day 1 held, Day 2 postponed, Day 3 cancelled), served as static
// files beside the build; its pinnedNow is noon on Day 3's planned date, when a page reading the
// clock alone would call Day 3 in session.
test.use({ serviceWorkers: 'block' })

let app: StaticServer
test.beforeAll(async () => {
  app = await serveBuild({
    feedDir: writeFeedFolder(calledOffFeed()),
    config: { timeZone: 'Europe/London' },
  })
})
test.afterAll(async () => app?.close())

test('1366x768: the timeline and the header say Postponed and Cancelled, nothing says In session', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.goto(app.url)
  await quoteMarkersIn(page)
  const timeline = page.getByRole('region', { name: 'Timeline' })
  await expect(timeline.getByRole('button', { name: /^Day 2\s*Postponed/ })).toBeVisible()
  await expect(timeline.getByText('Postponed: new date not announced')).toBeVisible()
  await expect(timeline.getByRole('button', { name: /^Day 3\s*Cancelled/ })).toBeVisible()
  await expect(timeline.getByText('Called off: will not take place')).toBeVisible()
  await expect(page.getByRole('banner')).toContainText(
    'Day 2 postponed, new date not announced; Day 3 cancelled',
  )
  await expect(page.locator('body')).not.toContainText(/in session/i)
  await expect(page.locator('body')).not.toContainText(/starts in/i)
})
