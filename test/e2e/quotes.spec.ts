import { expect, test } from '@playwright/test'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server.mjs'
import { watchPage } from './page-guards'
import { nextFrame } from './page-ready'
import { parseCsv } from '../parse-csv'

test('searching "rare earth" leaves only the matching quotes, with the matches marked', async ({
  page,
  baseURL,
}) => {
  const watched = watchPage(page, new URL(baseURL!).origin)
  await page.goto('./?tz=Europe/London')
  const wall = page.getByRole('region', { name: 'Quote wall' })
  await expect(wall.getByText('12 of 12 quotes')).toBeVisible()
  await wall.getByRole('searchbox', { name: 'Search quotes' }).pressSequentially('rare earth')
  await expect(wall.getByText('1 of 12 quotes')).toBeVisible()
  const items = wall.locator('li[data-quote-id]')
  await expect(items).toHaveCount(1)
  await expect(items.first()).toContainText(
    'Rare earths remain China’s calibrated tool for strategic influence',
  )
  await expect(items.first().locator('blockquote mark')).toHaveText(['Rare', 'earth'])
  await expect(wall.getByText('China’s not easy.')).toHaveCount(0)
  // The view is in the URL: a reload reproduces it.
  await expect(page).toHaveURL(/[?&]q=rare\+earth/)
  await page.reload()
  await expect(wall.getByText('1 of 12 quotes')).toBeVisible()
  expect(watched.consoleErrors).toEqual([])
})

test('the quotes shown download as CSV, and a row’s link opens the dashboard at that quote', async ({
  page,
}) => {
  await page.goto('./?tz=Europe/London&view=quotes&q=rare+earth')
  const wall = page.getByRole('region', { name: 'Quote wall' })
  await expect(wall.getByText('1 of 12 quotes')).toBeVisible()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    wall.getByRole('button', { name: 'Download the quote shown as CSV' }).click(),
  ])
  expect(download.suggestedFilename()).toBe('quote-wall.csv')
  const [header, row, ...more] = parseCsv(readFileSync((await download.path())!, 'utf8'))
  expect(more).toEqual([])
  const cell = (column: string) => row![header!.indexOf(column)]
  expect(cell('text')).toBe('Rare earths remain China’s calibrated tool for strategic influence')
  expect(cell('speaker')).toBe('Robin Xing')
  // The demo's clock times are estimates: the file says so, as the wall's "~" does.
  expect(cell('time')).toBe('estimated (illustrative)')
  // The link drops the sender's search: it opens on the quote itself.
  await page.goto(cell('link')!)
  await expect(wall.getByText('12 of 12 quotes')).toBeVisible()
  await expect(wall.locator('li[data-quote-id][aria-current="true"]')).toContainText(
    'Rare earths remain China’s calibrated tool',
  )
})

test('each letter typed into the search filters the quotes in the same update, never a letter behind', async ({
  page,
}) => {
  await page.goto('./?tz=Europe/London&view=quotes')
  const wall = page.getByRole('region', { name: 'Quote wall' })
  await expect(wall.getByText('12 of 12 quotes')).toBeVisible()
  // After each input event has been handled (a listener on window runs after the app's): the text
  // in the box, and the search the results line is for.
  await page.evaluate(() => {
    const seen: [string, string | null][] = []
    Object.assign(window, { __searchSeen: seen })
    window.addEventListener('input', (event) => {
      const box = event.target as HTMLInputElement
      const results = document.querySelector('[data-results-for]')
      seen.push([box.value, results?.getAttribute('data-results-for') ?? null])
    })
  })
  await wall.getByRole('searchbox', { name: 'Search quotes' }).pressSequentially('rare')
  await expect(wall.getByText('1 of 12 quotes')).toBeVisible()
  const seen = await page.evaluate(
    () => (window as unknown as { __searchSeen: [string, string | null][] }).__searchSeen,
  )
  expect(seen).toEqual([
    ['r', 'r'],
    ['ra', 'ra'],
    ['rar', 'rar'],
    ['rare', 'rare'],
  ])
})

test('"/" focuses the search, arrows move between quotes, "c" copies the focused quote', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto('./?tz=America/New_York&view=quotes')
  const wall = page.getByRole('region', { name: 'Quote wall' })
  await expect(wall.getByText('12 of 12 quotes')).toBeVisible()
  await page.keyboard.press('/')
  await expect(wall.getByRole('searchbox', { name: 'Search quotes' })).toBeFocused()
  await wall.locator('li[data-quote-id]').first().focus()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  await expect(wall.locator('li[data-quote-id="trump-china-not-easy"]')).toBeFocused()
  await page.keyboard.press('c')
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    '“China’s not easy.” — Donald Trump, US President, 9 Jun 2025, White House',
  )
})

test.describe('a feed with a crafted quote', () => {
  const crafted =
    '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><b>bold</b> <a href="javascript:window.__pwned=3">click</a>'
  let server: StaticServer
  let feedDir: string

  test.beforeAll(async () => {
    feedDir = mkdtempSync(join(tmpdir(), 'ttm-crafted-feed-'))
    cpSync(resolve('mocks/fixtures'), feedDir, { recursive: true })
    const { quotes } = JSON.parse(readFileSync(join(feedDir, 'quotes.json'), 'utf8'))
    quotes.push({
      ...quotes[0],
      id: 'crafted',
      text: crafted,
      setting: '<i>Setting</i>',
      place: null,
    })
    writeFileSync(join(feedDir, 'quotes.json'), JSON.stringify({ quotes }))
    const index = JSON.parse(readFileSync(join(feedDir, 'index.json'), 'utf8'))
    index.sources.push({ id: 'evil', name: 'Evil source', url: 'javascript:window.__pwned=4' })
    quotes.at(-1).sourceIds = ['evil']
    writeFileSync(join(feedDir, 'index.json'), JSON.stringify(index))
    writeFileSync(join(feedDir, 'quotes.json'), JSON.stringify({ quotes }))
    server = await startStaticServer({
      root: resolve('dist'),
      basePath: '/talks/',
      overrides: {
        'config.json': {
          body: JSON.stringify({
            feedUrl: './crafted-feed/',
            refreshSeconds: 3600,
            timeZone: 'Europe/London',
          }),
        },
      },
      mounts: { 'crafted-feed/': feedDir },
    })
  })

  test.afterAll(async () => {
    await server?.close()
    rmSync(feedDir, { recursive: true, force: true })
  })

  test('shows the HTML literally and runs no script', async ({ page }) => {
    const dialogs: string[] = []
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    await page.goto(`${server.url}?view=quotes`)
    const wall = page.getByRole('region', { name: 'Quote wall' })
    await expect(wall.getByText('13 of 13 quotes')).toBeVisible()
    const box = wall.getByRole('searchbox', { name: 'Search quotes' })
    // Paste the crafted text itself into the search: it is text there too.
    await box.fill('<script>')
    await expect(wall.getByText('1 of 13 quotes')).toBeVisible()
    const item = wall.locator('li[data-quote-id="crafted"]')
    await expect(item.locator('blockquote')).toHaveText(`“${crafted}”`)
    await expect(item.locator('blockquote mark')).toHaveText(['<script>'])
    await expect(item).toContainText('<i>Setting</i>')
    await expect(item.locator('img, script, b, i, a[href^="javascript"]')).toHaveCount(0)
    await expect(item.getByText('Evil source')).toBeVisible()
    await expect(item.getByRole('link', { name: 'Evil source' })).toHaveCount(0)
    await item.getByText('Evil source').click()
    await nextFrame(page)
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined()
    expect(dialogs).toEqual([])
  })
})

test('a search written into the URL asks the server for nothing (not even the icon again)', async ({
  page,
}) => {
  await page.goto('./')
  const wall = page.getByRole('region', { name: 'Quote wall' })
  await expect(wall.getByText('12 of 12 quotes')).toBeVisible()
  await expect(
    page.getByRole('article', { name: 'S&P 500' }).locator('.recharts-surface'),
  ).toBeVisible()
  const asked: string[] = []
  page.on('request', (request) => asked.push(new URL(request.url()).pathname))
  const search = wall.getByRole('searchbox', { name: 'Search quotes' })
  for (const query of ['rare', 'chip', 'tariff']) {
    await search.fill(query)
    await expect(page).toHaveURL(new RegExp(`[?&]q=${query}(&|$)`))
  }
  // A request of the page's own, answered after any the URL changes set off.
  await page.evaluate(() => fetch('./config.json?after-the-searches').then((r) => r.text()))
  expect(asked.filter((path) => !path.endsWith('/config.json'))).toEqual([])
})
