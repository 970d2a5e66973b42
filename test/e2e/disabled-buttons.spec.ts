import { expect, test } from '@playwright/test'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import type { StaticServer } from '../../scripts/lib/static-server.mjs'
import { copyFixtures, serveBuild } from './serve-build'
import { expectNoAxeViolations } from './axe'

// Test data: the demo feed without its quotes.json, so Replay (which needs the quotes) cannot
// open. A disabled button looked like any other, and nothing said why it did nothing.
let server: StaticServer
let dir = ''

test.use({ serviceWorkers: 'block' })

test.beforeAll(async () => {
  dir = copyFixtures('ttm-disabled-buttons-').dir
  rmSync(join(dir, 'quotes.json'))
  server = await serveBuild({ config: { timeZone: 'Europe/London' }, feedDir: dir })
})

test.afterAll(async () => {
  await server?.close()
  rmSync(dir, { recursive: true, force: true })
})

for (const theme of ['light', 'dark'] as const) {
  test(`a disabled button looks disabled and says why, ${theme} theme`, async ({ page }) => {
    await page.goto(`${server.url}?theme=${theme}`)
    const replay = page.getByRole('button', { name: 'Replay' })
    await expect(replay).toHaveAccessibleDescription(
      'Replay is unavailable: it needs the quotes, which could not be loaded',
    )
    await expect(replay).toBeDisabled()
    const look = (name: string) =>
      page.getByRole('button', { name, exact: true }).evaluate((button) => {
        const style = getComputedStyle(button)
        return { color: style.color, border: style.borderTopStyle, cursor: style.cursor }
      })
    const enabled = await look('Keys')
    const disabled = await look('Replay')
    expect(disabled.border).toBe('dashed')
    expect(disabled.cursor).toBe('not-allowed')
    expect(disabled.color).not.toBe(enabled.color)
    await expectNoAxeViolations(page, 'header')
  })
}
