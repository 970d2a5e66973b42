#!/usr/bin/env node
// Screenshots of the production build for the README: node scripts/screenshot.mjs [url] [outDir]
// Serves dist/ with vite preview unless a URL is given.
import { chromium } from '@playwright/test'
import { chromiumArgs, chromiumPath } from './lib/chromium.mjs'
import { spawn } from 'node:child_process'
import { setTimeout as sleep } from 'node:timers/promises'

const port = 4179
const url = process.argv[2] ?? `http://127.0.0.1:${port}/`
const outDir = process.argv[3] ?? 'docs'
const server = process.argv[2]
  ? null
  : spawn(
      'npx',
      ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
      { stdio: 'ignore', detached: true },
    )
if (server) await sleep(1500)

const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: chromiumArgs,
})
try {
  for (const [theme, width, height, name] of [
    ['dark', 1600, 1000, 'screenshot-dark.png'],
    ['light', 1600, 1000, 'screenshot-light.png'],
    ['dark', 360, 800, 'screenshot-phone.png'],
    ['dark', 1366, 768, 'screenshot-desk-1366.png'],
    ['light', 1920, 1080, 'screenshot-desk-1920.png'],
  ]) {
    const page = await browser.newPage({ viewport: { width, height }, colorScheme: theme })
    const target = new URL(url)
    target.searchParams.set('theme', theme)
    target.searchParams.set('tz', 'Europe/London')
    await page.goto(target.href)
    await page.getByText('6,005.88').first().waitFor()
    await page.waitForTimeout(800)
    await page.screenshot({ path: `${outDir}/${name}`, fullPage: false })
    console.log(`wrote ${outDir}/${name}`)
    await page.close()
  }
} finally {
  await browser.close()
  if (server) process.kill(-server.pid)
}
