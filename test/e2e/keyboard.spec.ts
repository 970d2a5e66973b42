import { expect, test, type Page } from '@playwright/test'
import { settled } from './page-ready'

// Keyboard only: Tab from the top of the dashboard reaches every control, focus is always
// visible, and Tab leaves every widget (quote list, charts, dialogs) — no trap.

type Step = { id: string; label: string; place: string; visible: boolean; how: string }

/** Tags the focused element with an id and says how its focus shows. */
function focusedStep(page: Page): Promise<Step | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    if (!el || el === document.body) return null
    if (!el.dataset.kbId) el.dataset.kbId = String(Math.random()).slice(2)
    const style = getComputedStyle(el)
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== ''
    const label = `${el.tagName.toLowerCase()}${el.getAttribute('role') ? `[role=${el.getAttribute('role')}]` : ''} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`
    const place = `${el.closest('[aria-label][role=toolbar], section[aria-label]')?.getAttribute('aria-label') ?? ''} / ${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40)}`
    return {
      id: el.dataset.kbId,
      label,
      place,
      visible: outline || shadow,
      how: `outline ${style.outlineStyle} ${style.outlineWidth}; shadow ${style.boxShadow}`,
    }
  })
}

/** Every visible control a keyboard user should reach, tagged like the steps. */
function tabbables(page: Page): Promise<{ id: string; label: string; place: string }[]> {
  return page.evaluate(() => {
    const selector =
      'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]'
    return [...document.querySelectorAll<HTMLElement>(selector)]
      .filter(
        (el) =>
          el.tabIndex >= 0 &&
          !el.closest('[inert], dialog:not([open])') &&
          el.getClientRects().length > 0,
      )
      .filter((el) => getComputedStyle(el).visibility !== 'hidden')
      .map((el) => {
        if (!el.dataset.kbId) el.dataset.kbId = String(Math.random()).slice(2)
        return {
          id: el.dataset.kbId,
          label: `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`,
          place: `${el.closest('[aria-label][role=toolbar], section[aria-label]')?.getAttribute('aria-label') ?? ''} / ${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40)}`,
        }
      })
  })
}

async function walk(page: Page, maxSteps = 600) {
  const steps: Step[] = []
  for (let i = 0; i < maxSteps; i += 1) {
    await page.keyboard.press('Tab')
    const step = await focusedStep(page)
    if (step === null) {
      // Focus left the document's controls (to the browser chrome): the walk went all the way round.
      if (steps.length > 0) return { steps, wrapped: true }
      continue
    }
    if (steps.length > 0 && step.id === steps[0]!.id) return { steps, wrapped: true }
    // A date input takes several Tabs (its fields, then its calendar button): one control.
    const last = steps.at(-1)
    if (last?.id === step.id) {
      if (!step.visible) last.visible = false
      continue
    }
    steps.push(step)
  }
  return { steps, wrapped: false }
}

test('Tab walks the whole dashboard: every control reached, focus visible, no trap', async ({
  page,
}) => {
  test.slow()
  await page.goto('./?tz=Europe/London')
  await expect(page.getByText('12 of 12 quotes')).toBeVisible()
  // Charts mount near the viewport: draw them all first so the walk meets the full page.
  await settled(page)
  await page.locator('body').click({ position: { x: 1, y: 1 } })

  const { steps, wrapped } = await walk(page)
  expect(
    wrapped,
    `Tab never came back round after ${steps.length} stops (last: ${steps.at(-1)?.label})`,
  ).toBe(true)
  const invisible = steps.filter((s) => !s.visible).map((s) => `${s.label}: ${s.how}`)
  expect(invisible, 'stops without a visible focus indicator').toEqual([])
  // No stop is visited twice in one round (a trap cycles inside a widget).
  const ids = steps.map((s) => s.id)
  expect(new Set(ids).size).toBe(ids.length)

  const reached = new Set(ids)
  // A chart's marker rail may draw its buttons anew while the walk goes on (a marker reached, then
  // replaced by its like): the same control in the same place counts as reached.
  const reachedPlaces = new Set(steps.map((s) => s.place))
  const missed = (await tabbables(page))
    .filter((t) => !reached.has(t.id) && !reachedPlaces.has(t.place))
    .map((t) => t.label)
  expect(missed, 'controls Tab never reached').toEqual([])
  // The walk passed through each panel, the quote list and the charts' event markers.
  const labels = steps.map((s) => s.label).join('\n')
  expect(labels).toMatch(/Search quotes/)
  expect(labels).toMatch(/li|Copy quote/)
  expect(labels).toMatch(/Share \/ embed/)
  expect(steps.length).toBeGreaterThan(20)

  // Shift+Tab goes back the same way.
  await page.keyboard.press('Shift+Tab')
  expect((await focusedStep(page))?.id).toBe(steps.at(-1)!.id)
})

test('Escape closes the Share dialog and focus returns to its button; Tab stays inside while open', async ({
  page,
}) => {
  await page.goto('./?tz=Europe/London')
  const share = page.getByRole('button', { name: 'Share / embed' })
  await share.focus()
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog')
  await expect(dialog).toBeVisible()
  for (let i = 0; i < 30; i += 1) {
    await page.keyboard.press('Tab')
    const inside = await page.evaluate(
      () =>
        !!document.activeElement?.closest('dialog[open]') ||
        document.activeElement === document.body,
    )
    expect(inside).toBe(true)
    const step = await focusedStep(page)
    if (step) expect(step.visible, step.how).toBe(true)
  }
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(share).toBeFocused()
})

// A button that goes with what it did (a filter chip removed, filters cleared, a selection cleared)
// must hand the focus on, not drop it on <body> where the next Tab starts from the top of the page.
test('buttons that remove themselves hand the focus on: chips, Clear filters, Clear', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.goto('./?tz=Europe/London&density=compact&side=us&tone=upbeat')
  const wall = page.getByRole('region', { name: 'Quote wall' })
  const side = wall.getByRole('button', { name: 'Remove filter Side: US' })
  const tone = wall.getByRole('button', { name: 'Remove filter Tone: upbeat' })
  await side.focus()
  await page.keyboard.press('Enter')
  await expect(side).toHaveCount(0)
  await expect(tone).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(tone).toHaveCount(0)
  await expect(wall.getByRole('button', { name: 'Filters', exact: true })).toBeFocused()

  // Filters that match nothing: the empty state's Clear filters, then the search box has the focus.
  await page.goto('./?tz=Europe/London&session=london-day-2')
  const clearFilters = wall.getByRole('button', { name: 'Clear filters' })
  await clearFilters.focus()
  await page.keyboard.press('Enter')
  await expect(clearFilters).toHaveCount(0)
  await expect(wall.getByRole('searchbox', { name: 'Search quotes' })).toBeFocused()

  // The timeline's selection cleared with its button: the focus goes to the list, on that entry.
  const timeline = page.getByRole('region', { name: 'Timeline' })
  await page.goto('./?tz=Europe/London&session=london-day-1')
  const clear = timeline.getByRole('button', { name: 'Clear' })
  // The list draws a frame after the panel (Clear can be there first): cleared before the list
  // was drawn, the focus had no entry to go to (1 in 2 runs failed on a busy machine).
  const dayOne = timeline.getByRole('button', { name: /^Day 1 Concluded/ })
  await expect(dayOne).toBeVisible()
  await clear.focus()
  await page.keyboard.press('Enter')
  await expect(clear).toHaveCount(0)
  await expect(dayOne).toBeFocused()
})

test('folding a region by keyboard puts the focus on its rail, unfolding it on its fold button', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  await page.goto('./?tz=Europe/London')
  const fold = page.getByRole('button', { name: 'Collapse the timeline' })
  await fold.focus()
  await page.keyboard.press('Enter')
  const rail = page.getByRole('button', { name: 'Show the timeline' })
  await expect(rail).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(fold).toBeFocused()
})

test('alerts by keyboard: the focus stays in the form after adding, and moves on after removing', async ({
  page,
}) => {
  await page.goto('./?tz=Europe/London')
  await page.getByRole('button', { name: /Alerts/ }).click()
  const dialog = page.getByRole('dialog', { name: 'Alerts' })
  const level = dialog.getByRole('textbox', { name: 'Level' })
  await level.fill('7000')
  await level.press('Enter')
  await expect(dialog.getByRole('list', { name: 'Your alerts' })).toContainText('goes above 7,000')
  // Add alert is disabled again (the level is emptied): the focus is back on the level, not <body>.
  await expect(level).toBeFocused()
  // Added with the button: the button is disabled again, and the focus goes back to the level.
  await page.keyboard.type('7100')
  await dialog.getByRole('button', { name: 'Add alert' }).focus()
  await page.keyboard.press('Enter')
  await expect(level).toBeFocused()
  const removes = dialog.getByRole('button', { name: /^Remove alert/ })
  await expect(removes).toHaveCount(2)
  await removes.first().focus()
  await page.keyboard.press('Enter')
  await expect(removes).toHaveCount(1)
  await expect(removes.first()).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(removes).toHaveCount(0)
  await expect(dialog.getByRole('combobox', { name: 'Alert me when' })).toBeFocused()
})

test('t, q and m go to each region (unfolding a folded one), not while typing; ? lists the keys', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  await page.goto('./?tz=Europe/London&layout=40-30-30c')
  await settled(page)
  const heading = (name: string) => page.getByRole('heading', { name, exact: true, level: 2 })
  await page.keyboard.press('q')
  await expect(heading('Quote wall')).toBeFocused()
  // Folded: m unfolds the market reaction and moves the focus to its heading.
  await expect(page.getByRole('button', { name: 'Show the market reaction' })).toBeVisible()
  await page.keyboard.press('m')
  await expect(heading('Market reaction')).toBeFocused()
  await expect(page.getByRole('button', { name: 'Show the market reaction' })).toHaveCount(0)
  expect((await focusedStep(page))?.visible).toBe(true)
  // From there Tab enters the region.
  await page.keyboard.press('Tab')
  expect(await page.evaluate(() => !!document.activeElement?.closest('#region-markets'))).toBe(true)
  await heading('Market reaction').focus()
  await page.keyboard.press('t')
  await expect(heading('Timeline')).toBeFocused()

  // Typed into the search, the letters are text.
  const search = page.getByRole('searchbox', { name: 'Search quotes' })
  await search.focus()
  await page.keyboard.type('tqm')
  await expect(search).toHaveValue('tqm')
  await expect(search).toBeFocused()

  await heading('Timeline').focus()
  await page.keyboard.press('?')
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(help).toBeVisible()
  await expect(help.getByRole('definition')).toContainText(['Go to the quote wall'])
  // Inside the dialog the page's keys are off: the page behind stays as it was.
  await page.keyboard.press('q')
  await expect(help).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(help).toBeHidden()
  await expect(heading('Timeline')).toBeFocused()

  // Single-key shortcuts can be turned off (speech input types letters): then q is only a letter.
  const keys = page.getByRole('button', { name: 'Keys' })
  await keys.click()
  await help.getByRole('checkbox', { name: /^Single-key shortcuts/ }).uncheck()
  await help.getByRole('button', { name: 'Close' }).click()
  await expect(keys).toBeFocused()
  await page.keyboard.press('q')
  await page.keyboard.press('?')
  // The keys act within a frame when on: two frames later nothing has moved or opened.
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  )
  await expect(keys).toBeFocused()
  await expect(help).toBeHidden()
})

test('on a narrow screen, m shows the Markets tab and focuses its heading', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('./?tz=Europe/London')
  await settled(page)
  await page.keyboard.press('m')
  await expect(page.getByRole('tab', { name: 'Markets' })).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByRole('heading', { name: 'Market reaction', level: 2 })).toBeFocused()
})
