import { expect, test, type Locator } from '@playwright/test'
import type { StaticServer } from '../../scripts/lib/static-server.mjs'
import { serveBuild } from './serve-build'

// Forced colours (Windows high contrast) repaint every text, background and border in a few system
// colours: whatever told things apart by colour alone looks alike there, or vanishes.
test.use({ serviceWorkers: 'block', viewport: { width: 390, height: 844 } })

let server: StaticServer

test.beforeAll(async () => {
  server = await serveBuild({ config: { timeZone: 'Europe/London' } })
})

test.afterAll(async () => server?.close())

/** How an element is drawn, as far as forced colours leave it to the page. */
const drawn = (element: Locator) =>
  element.evaluate((el) => {
    const style = getComputedStyle(el)
    return {
      color: style.color,
      background: style.backgroundColor,
      border: `${style.borderColor} ${style.borderWidth} ${style.borderStyle}`,
      decoration: style.textDecorationLine,
      outline: `${style.outlineStyle} ${style.outlineWidth}`,
    }
  })

test('the selected phone tab looks unlike the others', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' })
  await page.goto(`${server.url}#quotes`)
  const selected = page.getByRole('tab', { name: 'Quotes' })
  await expect(selected).toHaveAttribute('aria-selected', 'true')
  const look = await drawn(selected)
  for (const name of ['Timeline', 'Markets']) {
    const other = page.getByRole('tab', { name })
    await expect(other).toHaveAttribute('aria-selected', 'false')
    expect(await drawn(other)).not.toEqual(look)
  }
})

test('the timeline’s now line is drawn, not only its “Now”', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' })
  await page.goto(`${server.url}?view=timeline`)
  const nowLine = page.locator('[data-now-line]')
  await expect(nowLine).toBeVisible()
  const canvas = await page.evaluate(
    () => getComputedStyle(document.documentElement).backgroundColor,
  )
  // The rule either side of the words: painted in a colour unlike the page's.
  const rules = nowLine.locator(':scope > [aria-hidden="true"]')
  await expect(rules).toHaveCount(2)
  for (const rule of await rules.all()) {
    const box = await rule.boundingBox()
    expect(box?.height).toBeGreaterThan(0)
    expect((await drawn(rule)).background).not.toBe(canvas)
  }
})
