import { defineConfig } from '@playwright/test'
import { chromiumLaunchOptions } from './test/e2e/chromium'
import { timeScale } from './scripts/lib/time-scale.mjs'

const port = Number(process.env.E2E_PORT ?? 4173)
// Timeouts are upper bounds on waits for a condition, stretched on a slow or busy machine.
const scale = timeScale()
process.env.TTM_TIME_SCALE = String(scale)

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  // Two cores: one worker, so one browser serves every test.
  workers: 1,
  retries: 0,
  timeout: 30_000 * scale,
  expect: { timeout: 15_000 * scale },
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    launchOptions: chromiumLaunchOptions(),
    trace: 'off',
    navigationTimeout: 20_000 * scale,
    actionTimeout: 10_000 * scale,
    // The demo registers an offline service worker; a test that did not ask for one must not have
    // its next navigation answered (or raced) by the last page's worker. offline.spec.ts allows it.
    serviceWorkers: 'block',
  },
  webServer: {
    // The production build, as users get it (built once by npm test).
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000 * scale,
  },
})
