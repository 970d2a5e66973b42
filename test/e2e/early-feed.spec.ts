import { expect, test } from '@playwright/test'
import { serveBuild } from './serve-build'
import { chartsDrawn } from './page-ready'
import { type StaticServer } from '../../scripts/lib/static-server.mjs'

// The page's first chunk asks for the feed's documents as soon as config.json names the feed; the
// app takes those requests up instead of sending its own.
let server: StaticServer
const asked = new Map<string, number>()

test.beforeAll(async () => {
  server = await serveBuild({
    config: { allowedFeeds: ['./feed2/'] },
    mounts: { 'feed2/': 'mocks/fixtures' },
    onRequest: (req) => {
      const path = new URL(req.url ?? '', 'http://x').pathname
      asked.set(path, (asked.get(path) ?? 0) + 1)
    },
  })
})
test.afterAll(async () => server?.close())
test.beforeEach(() => asked.clear())

const documents = [
  'index.json',
  'sessions.json',
  'developments.json',
  'quotes.json',
  'issues.json',
  'markets.json',
]
const askedFor = (feed: string) =>
  Object.fromEntries(documents.map((name) => [name, asked.get(`/talks/${feed}/${name}`) ?? 0]))

test('a cold load of the dashboard asks for each feed document once, and shows them', async ({
  page,
}) => {
  await page.goto(server.url)
  await expect(
    page.getByRole('region', { name: 'Quote wall' }).getByText('12 of 12 quotes'),
  ).toBeVisible()
  await chartsDrawn(page)
  expect(askedFor('feed')).toEqual(Object.fromEntries(documents.map((name) => [name, 1])))
})

test('a feed chosen in the URL is the only one asked for', async ({ page }) => {
  await page.goto(`${server.url}?feed=./feed2/`)
  await expect(
    page.getByRole('region', { name: 'Quote wall' }).getByText('12 of 12 quotes'),
  ).toBeVisible()
  await chartsDrawn(page)
  expect(askedFor('feed2')).toEqual(Object.fromEntries(documents.map((name) => [name, 1])))
  expect(Object.values(askedFor('feed')).every((count) => count === 0)).toBe(true)
})
