import { expect, test, type Page } from '@playwright/test'
import { createServer, type Server } from 'node:http'
import { docSnippet } from './docs-snippets'
import { expectNoAxeViolations } from './axe'
import { quoteMarkersIn } from './page-ready'
import {
  stockholmDevelopments,
  threeRoundsFeed,
  threeRoundsSessionNames,
} from '../feed/three-rounds-feed'

/**
 * A feed on a second origin (a free port), served from memory with a `Date` header
 * ten minutes ahead of the real clock: `/exposed/` sends the CORS headers docs/deploy.md gives,
 * `/hidden/` only Access-Control-Allow-Origin, as the guide used to say.
 */
/** Set when the feed server starts (on a free port). */
let feedOrigin = ''
const serverAhead = 10 * 60_000

/** The `add_header` lines of the guide's CORS snippet, with the dashboard's origin in place of the example. */
function documentedCorsHeaders(appOrigin: string): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const match of docSnippet('deploy.md', 'feed-cors').matchAll(
    /^\s*add_header\s+(\S+)\s+"([^"]*)"/gm,
  )) {
    headers[match[1]!] = match[2]!.replace('https://intranet.example', appOrigin)
  }
  return headers
}

function startFeedServer(documents: Record<string, unknown>, appOrigin: string): Promise<Server> {
  const exposed = documentedCorsHeaders(appOrigin)
  const server = createServer((req, res) => {
    const match = /^\/(exposed|hidden)\/(.+)$/.exec(req.url ?? '')
    const body = match ? documents[match[2]!] : undefined
    const cors = match?.[1] === 'exposed' ? exposed : { 'Access-Control-Allow-Origin': appOrigin }
    const date = new Date(Date.now() + serverAhead).toUTCString()
    if (body === undefined) {
      res.writeHead(404, { ...cors, Date: date })
      res.end()
      return
    }
    res.writeHead(200, {
      'Content-Type': 'application/json',
      'Cache-Control': 'no-cache',
      ...cors,
      Date: date,
    })
    res.end(JSON.stringify(body))
  })
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      feedOrigin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
      resolve(server)
    }),
  )
}

/** Stockholm's two days with forty developments, so the timeline is taller than its panel. */
function longThreeRoundsFeed(options: { demo?: boolean } = {}) {
  const feed = threeRoundsFeed(options)
  feed['developments.json'] = stockholmDevelopments(40, 50, ['tariffs'])
  return feed
}

/** Scrolls the timeline's list (virtualized: only entries near the view are in the page) to its top or bottom. */
async function scrollTimeline(page: Page, to: 'top' | 'bottom') {
  // Until its quote markers are in, the list brings now back into view after a scroll by script.
  await quoteMarkersIn(page)
  await page
    .getByRole('list', { name: 'Sessions, developments and quotes in time order' })
    .locator('..')
    .evaluate(
      (scroller, to) => scroller.scrollTo({ top: to === 'top' ? 0 : scroller.scrollHeight }),
      to,
    )
}

async function routeConfig(page: Page, config: Record<string, unknown>) {
  await page.route('**/config.json', (route) =>
    route.fulfill({ json: { refreshSeconds: 30, timeZone: 'local', theme: 'light', ...config } }),
  )
}

let server: Server | undefined

/** Serves `documents` on the second origin, with the CORS headers of docs/deploy.md, as the page's feed. */
async function serveExposedFeed(
  page: Page,
  baseURL: string | undefined,
  documents: Record<string, unknown>,
) {
  server = await startFeedServer(documents, new URL(baseURL!).origin)
  await routeConfig(page, { feedUrl: `${feedOrigin}/exposed/` })
}
test.afterEach(async () => {
  // Keep-alive connections would hold close() open.
  server?.closeAllConnections()
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()))
  server = undefined
})

test('three rounds on the real clock: rounds named, nothing in session, the timeline opened at the latest item', async ({
  page,
  baseURL,
}) => {
  const appOrigin = new URL(baseURL!).origin
  server = await startFeedServer(longThreeRoundsFeed(), appOrigin)
  await routeConfig(page, { feedUrl: `${feedOrigin}/exposed/` })
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(String(error)))
  await page.setViewportSize({ width: 1400, height: 900 })
  await page.goto('./?tz=Europe/London')

  const header = page.getByRole('banner').first()
  await expect(
    header.getByText('Stockholm round concluded 29 Jul 2025; no next round scheduled'),
  ).toBeVisible()
  await expect(page.getByText('Demo data')).toHaveCount(0)
  const timeline = page.getByRole('region', { name: 'Timeline' })
  await expect(timeline.getByText('Test development 40 (fictional)')).toBeInViewport()
  await expect(timeline.locator('[data-now-line]')).toBeInViewport()
  await expect(timeline.getByText('Test development 1 (fictional)')).not.toBeInViewport()
  await scrollTimeline(page, 'top')
  await expect(timeline.getByRole('button', { name: /^Geneva round/ })).toHaveAttribute(
    'aria-expanded',
    'false',
  )
  await expect(timeline.getByRole('button', { name: /^Stockholm round/ })).toHaveAttribute(
    'aria-expanded',
    'true',
  )
  await expect(page.getByText(/in session|starts in/i)).toHaveCount(0)
  // The page never scrolled itself: only the panel did.
  expect(await page.evaluate(() => window.scrollY)).toBe(0)

  const wall = page.getByRole('region', { name: 'Quote wall' })
  // The feed lists no instruments: the wall has the markets' room too, its filters unfolded.
  await expect(wall.getByRole('button', { name: 'Filters', exact: true })).toHaveCount(0)
  await expect(wall.getByRole('combobox', { name: 'Session' }).locator('option')).toHaveText([
    'All sessions',
    ...threeRoundsSessionNames,
  ])
  await expect(wall.getByText(/New York 08:00/)).toBeVisible()
  await page.screenshot({ path: '/tmp/rounds-e2e.png' })
  expect(errors).toEqual([])
})

// A portal's small tile: the list kept no room at all under 23rem of screen (its height was
// the screen's less the desk's header, briefing and band), so the tile showed "On the table" alone.
test('the timeline alone in a 480x360 tile shows its latest item and the now line', async ({
  page,
  baseURL,
}) => {
  await serveExposedFeed(page, baseURL, longThreeRoundsFeed())
  await page.setViewportSize({ width: 480, height: 360 })
  await page.goto('./?view=timeline&header=0&tz=Europe/London')
  const timeline = page.getByRole('region', { name: 'Timeline' })
  await expect(timeline.getByText('Test development 40 (fictional)')).toBeInViewport()
  await expect(timeline.locator('[data-now-line]')).toBeInViewport()
  const list = timeline.getByRole('list', {
    name: 'Sessions, developments and quotes in time order',
  })
  const scroller = (await list.locator('..').boundingBox())!
  expect(scroller.height).toBeGreaterThan(360 / 2)
  expect(scroller.y + scroller.height).toBeLessThanOrEqual(360)
})

// The timeline alone is laid out hidden until nothing in view loads: it waited for the quotes
// too (5 s at most), for markers that join entries already there (on the long test feed,
// ~370 ms after the list was ready).
test('the timeline alone is shown while its quote markers still load', async ({
  page,
  baseURL,
}) => {
  await serveExposedFeed(page, baseURL, longThreeRoundsFeed())
  await page.route('**/exposed/quotes.json', () => {})
  await page.goto('./?view=timeline&tz=Europe/London')
  const timeline = page.getByRole('region', { name: 'Timeline' })
  await expect(timeline.getByText('Test development 40 (fictional)')).toBeVisible()
  await expect(timeline.getByText('Loading the quote markers…')).toBeVisible()
  const sinceSessions = await page.evaluate(() => {
    const sessions = performance
      .getEntriesByType('resource')
      .find((e) => e.name.endsWith('/sessions.json')) as PerformanceResourceTiming
    return performance.now() - sessions.responseEnd
  })
  // Long before the page would have been shown anyway (5 s after it mounted).
  expect(sinceSessions).toBeLessThan(4000)
})

test('on paper, a round folded on screen says its entries are not printed', async ({
  page,
  baseURL,
}) => {
  await serveExposedFeed(page, baseURL, longThreeRoundsFeed())
  await page.goto('./?tz=Europe/London')
  const timeline = page.getByRole('region', { name: 'Timeline' })
  const geneva = timeline.getByRole('button', { name: /^Geneva round/ })
  const stockholm = timeline.getByRole('button', { name: /^Stockholm round/ })
  // The list opens at now, in the last round: the first round's head is drawn once scrolled to.
  await expect(timeline.locator('[data-now-line]')).toBeInViewport()
  await timeline
    .getByRole('list', { name: 'Sessions, developments and quotes in time order' })
    .evaluate((list) => list.parentElement!.scrollTo({ top: 0 }))
  await expect(geneva).toHaveAttribute('aria-expanded', 'false')
  await expect(geneva.getByText('folded on screen, not printed')).toBeHidden()
  await page.emulateMedia({ media: 'print' })
  await expect(geneva.getByText('folded on screen, not printed')).toBeVisible()
  await expect(stockholm).toHaveAttribute('aria-expanded', 'true')
  await expect(stockholm.getByText('folded on screen, not printed')).toHaveCount(0)
})

test('newest first is kept in the URL and survives a reload', async ({ page, baseURL }) => {
  await serveExposedFeed(page, baseURL, longThreeRoundsFeed())
  await page.goto('./?tz=Europe/London')
  const timeline = page.getByRole('region', { name: 'Timeline' })
  await timeline.getByRole('button', { name: /^Order: oldest first/ }).click()
  await expect(page).toHaveURL(/[?&]order=newest(&|$)/)
  await page.reload()
  const heads = timeline.getByRole('button', { name: / round/ })
  await scrollTimeline(page, 'top')
  await expect(heads.first()).toContainText('Stockholm round')
  await scrollTimeline(page, 'bottom')
  await expect(heads.last()).toContainText('Geneva round')
})

test('a feed marked "demo": true shows the Demo badge when reached through ?feed=', async ({
  page,
  baseURL,
}) => {
  server = await startFeedServer(threeRoundsFeed({ demo: true }), new URL(baseURL!).origin)
  const feedUrl = `${feedOrigin}/exposed/`
  await routeConfig(page, { feedUrl: null, allowedFeeds: [feedUrl] })
  await page.goto(`./?feed=${encodeURIComponent(feedUrl)}&tz=Europe/London`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Test talks: three rounds')
  await expect(page.getByText('Demo data')).toBeVisible()
})

test('while the quotes fail, the timeline makes no claim of silence', async ({ page, baseURL }) => {
  await serveExposedFeed(page, baseURL, threeRoundsFeed())
  await page.route('**/quotes.json', (route) => route.fulfill({ status: 500, body: '' }))
  await page.goto('./?tz=Europe/London')
  const timeline = page.getByRole('region', { name: 'Timeline' })
  await expect(timeline.getByText(/Quote markers unavailable/)).toBeVisible({
    timeout: test.info().timeout,
  })
  await expect(timeline.getByText('Public remarks: quotes unavailable').first()).toBeVisible()
  await expect(page.getByText(/no public remarks/)).toHaveCount(0)
})

test('while the developments fail, the timeline still lists the sessions, says so, and passes axe', async ({
  page,
  baseURL,
}) => {
  await serveExposedFeed(page, baseURL, threeRoundsFeed())
  await page.route('**/developments.json', (route) => route.fulfill({ status: 500, body: '' }))
  await page.goto('./?tz=Europe/London')
  const timeline = page.getByRole('region', { name: 'Timeline' })
  await expect(timeline.getByRole('alert')).toContainText('Developments unavailable', {
    timeout: test.info().timeout,
  })
  await expect(timeline.getByRole('button', { name: /^Stockholm round/ })).toContainText(
    '(developments unavailable)',
  )
  await expect(timeline.locator('[data-roving-id="session:stockholm-day-2"]')).toBeVisible()
  await expect(timeline.getByText(/No developments/)).toHaveCount(0)
  await expectNoAxeViolations(page, '#timeline')
})

test('while the sessions fail, the timeline still lists the quote markers, claims nothing of the sessions, and passes axe', async ({
  page,
  baseURL,
}) => {
  await serveExposedFeed(page, baseURL, threeRoundsFeed())
  await page.route('**/sessions.json', (route) => route.fulfill({ status: 500, body: '' }))
  await page.goto('./?tz=Europe/London')
  const timeline = page.getByRole('region', { name: 'Timeline' })
  await expect(timeline.getByRole('alert')).toContainText('Sessions unavailable', {
    timeout: test.info().timeout,
  })
  const stockholm = timeline.getByRole('button', { name: /^Stockholm round/ })
  await expect(stockholm).toContainText('State unknown')
  await expect(stockholm).toContainText('(sessions unavailable)')
  const list = timeline.getByRole('list', {
    name: 'Sessions, developments and quotes in time order',
  })
  await expect(list.getByText('A test remark to CNBC in New York.')).toBeVisible()
  // On the table is there too, saying its sessions are unavailable.
  await expect(timeline.getByRole('list', { name: 'Open issues' })).toContainText(
    'sessions unavailable',
  )
  await expect(timeline.locator('[data-now-line]')).toContainText(
    'whether one is running is not known',
  )
  await expect(timeline.getByText(/No session|Concluded/)).toHaveCount(0)
  await expectNoAxeViolations(page, '#timeline')
})

test('a feed on another origin: with the documented CORS headers the page’s clock is the feed server’s', async ({
  page,
  baseURL,
}) => {
  server = await startFeedServer(threeRoundsFeed(), new URL(baseURL!).origin)
  const nowLineTime = async () =>
    Date.parse((await page.locator('[data-now-line] time').getAttribute('datetime')) ?? '')

  await routeConfig(page, { feedUrl: `${feedOrigin}/exposed/` })
  await page.goto('./?tz=UTC')
  await expect(page.locator('[data-now-line] time')).toBeVisible()
  await expect
    .poll(async () => (await nowLineTime()) - Date.now())
    .toBeGreaterThan(serverAhead - 90_000)
  expect((await nowLineTime()) - Date.now()).toBeLessThan(serverAhead + 90_000)

  // Without Access-Control-Expose-Headers the page cannot read Date: it falls back to its own clock.
  await page.unroute('**/config.json')
  await routeConfig(page, { feedUrl: `${feedOrigin}/hidden/` })
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Test talks: three rounds')
  await expect(page.locator('[data-now-line] time')).toBeVisible()
  expect(Math.abs((await nowLineTime()) - Date.now())).toBeLessThan(90_000)
})

test('rounds, the Show more button and About this feed have no accessibility violations axe can find', async ({
  page,
  baseURL,
}) => {
  await serveExposedFeed(page, baseURL, longThreeRoundsFeed())
  await page.goto('./?tz=Europe/London')
  const timeline = page.getByRole('region', { name: 'Timeline' })
  await expect(timeline.locator('[data-now-line]')).toBeVisible()
  await scrollTimeline(page, 'top')
  await expect(timeline.getByRole('button', { name: /^Stockholm round/ })).toBeVisible()
  await expect(
    timeline.getByRole('button', { name: /earlier entries in this round/ }),
  ).toBeVisible()
  await expectNoAxeViolations(page, '#timeline')
  await page.getByRole('button', { name: 'About this feed' }).click()
  const dialog = page.getByRole('dialog', { name: 'About this feed' })
  await expect(dialog.getByText('Fictional test feed: not real quotes.')).toBeVisible()
  // The feed's own check, from the page: the checker's chunk loads, the feed on its other origin is read.
  await dialog.getByRole('button', { name: 'Check the feed' }).click()
  // Six documents, and no series: the feed lists no instruments.
  await expect(dialog.getByRole('status')).toHaveText('No problems: 6 files checked.')
  await expectNoAxeViolations(page, 'dialog[open]')
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
})

test('the quote wall’s round filter: kept in the URL through a reload, and free of axe violations', async ({
  page,
  baseURL,
}) => {
  await serveExposedFeed(page, baseURL, threeRoundsFeed())
  await page.goto('./?view=quotes&tz=Europe/London')
  const wall = page.getByRole('region', { name: 'Quote wall' })
  await expect(wall.getByText('3 of 3 quotes')).toBeVisible({ timeout: test.info().timeout })
  await wall.getByLabel('Round').selectOption({ label: 'Stockholm round' })
  await expect(wall.getByText('1 of 3 quotes')).toBeVisible()
  await expect(wall.getByText('A test remark to CNBC in New York.')).toBeVisible()
  expect(new URL(page.url()).searchParams.get('round')).toBe('stockholm-2025-07')
  await page.reload()
  await expect(wall.getByText('1 of 3 quotes')).toBeVisible()
  await expect(wall.getByLabel('Round')).toHaveValue('stockholm-2025-07')
  await expectNoAxeViolations(page, '#quotes')
})

test('replay of one round of three: the round chosen, its moments alone, free of axe violations', async ({
  page,
  baseURL,
}) => {
  await serveExposedFeed(page, baseURL, threeRoundsFeed())
  await page.setViewportSize({ width: 1400, height: 900 })
  await page.goto('./?tz=Europe/London')
  await page.getByRole('button', { name: 'Replay', exact: true }).click()
  const picker = page.getByRole('combobox', { name: 'Replay', exact: true })
  await expect(picker).toHaveValue('stockholm-2025-07')
  await picker.selectOption({ label: 'London round' })
  // From halfway since Geneva ended: the moment shown moves into the round chosen.
  const slider = page.getByRole('slider', { name: 'Replay London round' })
  await expect(slider).toHaveAttribute('aria-valuetext', /26 May/)
  await page.getByRole('button', { name: 'Next event' }).click()
  await expect(slider).toHaveAttribute('aria-valuetext', /9 Jun.*13:00/)
  await expect(page.getByRole('banner').first()).toContainText('London, Day 1 in session')
  // As of then, Stockholm had not been announced: the timeline does not list it.
  const timeline = page.getByRole('region', { name: 'Timeline' })
  await expect(timeline.getByRole('button', { name: /^London round/ })).toBeVisible()
  await expect(timeline.getByRole('button', { name: /^Stockholm round/ })).toHaveCount(0)
  await expectNoAxeViolations(page, '[role="group"][aria-label="Replay"]')
})
