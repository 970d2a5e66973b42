import { expect, test } from '@playwright/test'
import { readFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import { watchPage } from './page-guards'
import { quoteMarkersIn } from './page-ready'
import { parseCsv } from '../parse-csv'

test('selecting a session puts it in the URL, and the selection survives a reload', async ({
  page,
  baseURL,
}) => {
  const watched = watchPage(page, new URL(baseURL!).origin)
  await page.goto('./?tz=Europe/London')
  const timeline = page.getByRole('region', { name: 'Timeline' })
  const list = timeline.getByRole('list', {
    name: 'Sessions, developments and quotes in time order',
  })
  const day1 = list.getByRole('button', { name: /^Day 1/ })
  // The list opens at now, with Day 2 next; Day 1 is above, reached by scrolling as a reader would.
  await expect(list.getByRole('button', { name: /^Day 2/ })).toContainText('Scheduled')
  await expect(list.getByText(/Day 2 starts in \d+ min/)).toBeVisible()
  // Scrolled from here by script, which the list does not take for the reader's: once the quote
  // markers are in, it no longer brings now back into view.
  await quoteMarkersIn(page)
  const scroller = list.locator('..')
  await scroller.evaluate((el) => el.scrollTo({ top: 0 }))
  // Down from the top, half a screen at a time, until Day 1 is drawn (the list draws rows near the view).
  await expect(async () => {
    if ((await day1.count()) === 0)
      await scroller.evaluate((el) => el.scrollBy(0, el.clientHeight / 2))
    await expect(day1).toBeVisible({ timeout: 1000 })
  }).toPass()
  await expect(day1).toHaveAttribute('aria-pressed', 'false')
  await expect(day1).toContainText('Mon 9 Jun ~13:00–~19:00 BST')

  await day1.click()
  await expect(page).toHaveURL(/[?&]session=london-day-1(&|$)/)
  await expect(day1).toHaveAttribute('aria-pressed', 'true')
  await expect(timeline.getByText('Selected:')).toContainText('Day 1')

  await page.reload()
  const reloaded = list.getByRole('button', { name: /^Day 1/ })
  await expect(reloaded).toHaveAttribute('aria-pressed', 'true')
  await quoteMarkersIn(page)
  await expect(page).toHaveURL(/[?&]session=london-day-1(&|$)/)

  // Keyboard: the list's Tab stop is the selected entry; ArrowDown moves on; Escape clears.
  await reloaded.focus()
  await page.keyboard.press('ArrowDown')
  await expect(
    list.getByRole('link', { name: /“The very, very high-end Nvidia stuff/ }),
  ).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(page).not.toHaveURL(/session=/)
  await expect(reloaded).toHaveAttribute('aria-pressed', 'false')

  expect(watched.consoleErrors).toEqual([])
  expect(watched.foreignRequests).toEqual([])
})

test('the timeline is readable on a 360 px phone, with nothing wider than the screen', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 800 })
  await page.goto('./?tz=Europe/London&tz2=America/New_York')
  const timeline = page.getByRole('region', { name: 'Timeline' })
  const list = timeline.getByRole('list', { name: /in time order/ })
  await expect(list.locator('[data-now-line]')).toBeVisible()
  await quoteMarkersIn(page)
  // The list is virtualized and opens at now: Day 1, near its top, is rendered once the list is
  // scrolled there (each step waits for the render; stepping on at once outran a busy machine).
  // Tried again as a whole: a scroll made by script is not the reader's, and the list may still
  // open at now over it once the quotes are in.
  const day1 = list.getByRole('button', { name: /^Day 1/ })
  await expect(async () => {
    await list.locator('..').evaluate((scroller) => scroller.scrollTo({ top: 0 }))
    await expect(day1).toBeVisible({ timeout: 1_000 })
    await day1.scrollIntoViewIfNeeded({ timeout: 1_000 })
    await expect(day1).toBeInViewport({ timeout: 1_000 })
  }).toPass()
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  )
  expect(overflow).toBeLessThanOrEqual(0)
  const box = await timeline.boundingBox()
  expect(box!.width).toBeLessThanOrEqual(360)
})

test('the timeline has no accessibility violations axe can find, in both themes, with a selection', async ({
  page,
}) => {
  for (const theme of ['light', 'dark']) {
    await page.goto(
      `./?tz=Europe/London&tz2=America/New_York&theme=${theme}&session=london-day-1&topic=rare-earths`,
    )
    await expect(
      page.getByRole('region', { name: 'Timeline' }).getByText('What would move markets'),
    ).toBeVisible()
    await expect(page.getByRole('list', { name: 'Open issues' })).toBeVisible()
    const results = await new AxeBuilder({ page }).include('#timeline').analyze()
    expect(
      results.violations.map(
        (v) =>
          `${theme}: ${v.id}: ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
      ),
    ).toEqual([])
  }
})

test('the timeline downloads as CSV, and a row’s link opens the dashboard at that session', async ({
  page,
}) => {
  await page.goto('./?tz=Europe/London')
  const timeline = page.getByRole('region', { name: 'Timeline' })
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    timeline
      .getByRole('button', { name: 'Download the 2 sessions and 5 developments as CSV' })
      .click(),
  ])
  expect(download.suggestedFilename()).toBe('timeline.csv')
  const [header, ...rows] = parseCsv(readFileSync((await download.path())!, 'utf8'))
  const records = rows.map((row) => Object.fromEntries(header!.map((c, i) => [c, row[i]])))
  expect(records.map((r) => r.kind)).toEqual([
    'data release',
    'data release',
    'licence approval',
    'session',
    'commentary',
    'report',
    'session',
  ])
  const day1 = records.find((r) => r.id === 'london-day-1')!
  expect(day1).toMatchObject({ title: 'Day 1', venue: 'Lancaster House', status: 'Concluded' })
  await page.goto(day1.link!)
  const list = timeline.getByRole('list', {
    name: 'Sessions, developments and quotes in time order',
  })
  await expect(list.getByRole('button', { name: /^Day 1/ })).toHaveAttribute('aria-pressed', 'true')
  await expect(timeline.getByText('Selected:')).toContainText('Day 1')
})

test('on a desk the panels’ header buttons keep their words on one line, the keys’ hint giving way first; the search’s hint fits', async ({
  page,
}) => {
  for (const width of [1024, 1366, 1920]) {
    await page.setViewportSize({ width, height: 800 })
    await page.goto('./?tz=Europe/London')
    const timeline = page.getByRole('region', { name: 'Timeline' })
    await expect(timeline.getByRole('button', { name: /as CSV$/ })).toBeVisible()
    const wrapped = await page.locator('section > header button:visible').evaluateAll((buttons) =>
      buttons.flatMap((button) => {
        const style = getComputedStyle(button)
        const text =
          button.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom)
        return text > parseFloat(style.lineHeight) * 1.5 ? [button.textContent] : []
      }),
    )
    expect(wrapped, `at ${width} px`).toEqual([])
    // The search's hint ends with its key: on a narrow wall the short one, so the key is seen.
    await expect(page.getByRole('searchbox', { name: 'Search quotes' })).toHaveAttribute(
      'placeholder',
      width === 1024 ? 'Search quotes   ( / )' : 'Search text, speaker, setting   ( / )',
    )
  }
  // Where there is room, the hint is there.
  await expect(page.getByText('Arrow keys move, Enter selects, Escape clears')).toBeVisible()
})

test('scrolled away from now, the timeline offers the way back: a "Now" button, and the n key from anywhere', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.goto('./?tz=Europe/London')
  const timeline = page.getByRole('region', { name: 'Timeline' })
  const list = timeline.getByRole('list', {
    name: 'Sessions, developments and quotes in time order',
  })
  const nowLine = timeline.locator('[data-now-line]')
  const back = timeline.getByRole('button', { name: /Now$/ })
  // It opens at now: nothing to go back to.
  await expect(nowLine).toBeInViewport()
  await expect(back).toHaveCount(0)
  // The quotes' arrival settles the opening (it may scroll to now once more); scroll after it.
  await expect(
    page.getByRole('region', { name: 'Quote wall' }).getByText('12 of 12 quotes'),
  ).toBeVisible()

  const toTop = () => list.evaluate((el) => el.parentElement!.scrollTo({ top: 0 }))
  await toTop()
  await expect(nowLine).not.toBeInViewport()
  await expect(back).toHaveText('↓ Now')
  await back.click()
  await expect(nowLine).toBeInViewport()
  await expect(back).toHaveCount(0)
  // The entry after the line (the article's next session) takes the focus.
  await expect(page.locator(':focus')).toContainText('Day 2')

  await toTop()
  await expect(back).toBeVisible()
  // From another region: the focus on the quote wall's CSV button.
  await page
    .getByRole('region', { name: 'Quote wall' })
    .getByRole('button', { name: /CSV/ })
    .focus()
  await page.keyboard.press('n')
  await expect(nowLine).toBeInViewport()
  await expect(page.locator(':focus')).toContainText('Day 2')
})

test('on a phone, n from the Quotes tab shows the Timeline tab at its now line', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('./?tz=Europe/London#quotes')
  const quotesTab = page.getByRole('tab', { name: 'Quotes' })
  await expect(quotesTab).toHaveAttribute('aria-selected', 'true')
  await expect(
    page.getByRole('region', { name: 'Quote wall' }).getByText('12 of 12 quotes'),
  ).toBeVisible()
  await quotesTab.focus()
  await page.keyboard.press('n')
  await expect(page.getByRole('tab', { name: 'Timeline' })).toHaveAttribute('aria-selected', 'true')
  await expect(page.locator('#timeline [data-now-line]')).toBeInViewport()
  await expect(page.locator(':focus')).toContainText('Day 2')
})
