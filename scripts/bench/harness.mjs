// Shared pieces for bench scenarios: a fresh Chromium per run, a static server over dist/,
// CPU throttling, Web Vitals read from the page, and a table printer.
import { chromium } from '@playwright/test'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromiumArgs, chromiumPath } from '../lib/chromium.mjs'
import { startStaticServer } from '../lib/static-server.mjs'

export { chromiumPath }

export const distDir = resolve('dist')

/** A fresh browser with an empty profile (a cold run). Close it with `await browser.close()`. */
export async function launch({ headless = true } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'ttm-bench-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless,
    viewport: { width: 1440, height: 900 },
    args: chromiumArgs.filter((arg) => arg !== '--headless'),
  })
  const close = context.close.bind(context)
  context.close = async () => {
    await close()
    rmSync(profile, { recursive: true, force: true })
  }
  return context
}

/**
 * Serves dist/ as docs/deploy.md has it deployed: the hashed assets cached for a year, the rest
 * `no-cache` (see scripts/lib/static-server.mjs for options).
 */
export function serve(options = {}) {
  return startStaticServer({ root: distDir, cacheAssets: true, ...options })
}

/** Slows the page's CPU by `rate` (1 = none) through the DevTools protocol. */
export async function throttle(page, rate) {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate })
  return cdp
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

/** Prints rows as a table: metric, value, budget, and whether the figure is within it. */
export function report(title, rows) {
  console.log(`\n## ${title}`)
  const lines = rows.map((row) => [
    row.metric,
    typeof row.value === 'number'
      ? `${formatNumber(row.value)}${row.unit ? ` ${row.unit}` : ''}`
      : String(row.value),
    row.budget ?? '',
    row.ok === undefined ? '' : row.ok ? 'within' : 'OVER',
  ])
  const widths = [0, 1, 2, 3].map((i) =>
    Math.max(...lines.map((l) => l[i].length), ['metric', 'measured', 'budget', ''][i].length),
  )
  const fmt = (cells) =>
    cells
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd()
  console.log(fmt(['metric', 'measured', 'budget', '']))
  console.log(fmt(widths.map((w) => '-'.repeat(w))))
  for (const line of lines) console.log(fmt(line))
}

function formatNumber(value) {
  if (Number.isInteger(value)) return value.toLocaleString('en-US')
  return value.toLocaleString('en-US', { maximumFractionDigits: value < 1 ? 3 : 1 })
}
