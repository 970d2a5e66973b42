#!/usr/bin/env node
// Screenshots of the timeline panel for the README, in both themes:
//   npx vite build --outDir dist-timeline && node scripts/screenshot-timeline.mjs [distDir] [outDir]
// Serves the build with the repo's static server; Day 1 selected, times in London with New York beside.
import { chromium } from '@playwright/test'
import { chromiumArgs, chromiumPath } from './lib/chromium.mjs'
import { startStaticServer } from './lib/static-server.mjs'

const distDir = process.argv[2] ?? 'dist'
const outDir = process.argv[3] ?? 'docs'
const server = await startStaticServer({ root: distDir })
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: chromiumArgs,
})
try {
  for (const theme of ['light', 'dark']) {
    const page = await browser.newPage({
      viewport: { width: 760, height: 1200 },
      colorScheme: theme,
      deviceScaleFactor: 1,
    })
    const target = new URL(server.url)
    target.searchParams.set('theme', theme)
    target.searchParams.set('tz', 'Europe/London')
    target.searchParams.set('tz2', 'America/New_York')
    target.searchParams.set('session', 'london-day-1')
    await page.goto(target.href)
    const timeline = page.getByRole('region', { name: 'Timeline' })
    await timeline.getByText('What would move markets').waitFor()
    await timeline.getByText('Rare earth shipments').first().waitFor()
    await page.waitForTimeout(500)
    const path = `${outDir}/screenshot-timeline-${theme}.png`
    await timeline.screenshot({ path })
    console.log(`wrote ${path}`)
    await page.close()
  }
} finally {
  await browser.close()
  await server.close()
}
