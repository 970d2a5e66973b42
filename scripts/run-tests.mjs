#!/usr/bin/env node
// npm test: typecheck, lint, format (prettier --check), unit and component tests (Vitest), production build, browser tests
// (Playwright on Debian's Chromium). Ends with one line "N passed, N failed" summing both runners.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { timeScale } from './lib/time-scale.mjs'

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const steps = []
let passed = 0
let failed = 0

function run(name, command, args, env = {}) {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`)
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  const ok = result.status === 0
  steps.push({ name, ok })
  return ok
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'))
  } catch {
    return null
  }
}

// Measured once, before anything else runs, and handed to both runners: how far to stretch timeouts.
process.env.TTM_TIME_SCALE = String(timeScale())
console.log(`Timeouts scaled x${process.env.TTM_TIME_SCALE} for this machine's current speed.`)

rmSync('reports', { recursive: true, force: true })
mkdirSync('reports', { recursive: true })

if (!existsSync(chromium)) {
  console.error(
    `\n✖ Chromium is missing at ${chromium}: the browser tests cannot run.\n` +
      '  Install it with: sudo apt-get install -y chromium   (or set CHROMIUM_PATH to a Chromium binary)\n',
  )
  console.log('0 passed, 1 failed')
  process.exit(1)
}

const checks =
  run('typecheck', 'npx', ['tsc', '-p', '.', '--noEmit']) &
  run('lint', 'npx', ['eslint', '.']) &
  run('format', 'npx', ['prettier', '--check', '.'])
if (!checks) failed += 1

// A runner that exits non-zero with every test passed (an unhandled error, a crashed worker) still
// fails the run, and counts as one failure in the closing line.
const vitestOk = run('unit and component tests', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=reports/vitest.json',
])
const vitest = readJson('reports/vitest.json')
if (vitest) {
  passed += vitest.numPassedTests
  failed += vitest.numFailedTests
  if (!vitestOk && vitest.numFailedTests === 0) failed += 1
} else failed += 1

if (run('production build', 'npx', ['vite', 'build', '--logLevel', 'warn'])) {
  const playwrightOk = run('browser tests', 'npx', ['playwright', 'test'])
  const playwright = readJson('reports/playwright.json')
  if (playwright) {
    passed += playwright.stats.expected + playwright.stats.flaky
    failed += playwright.stats.unexpected
    if (!playwrightOk && playwright.stats.unexpected === 0) failed += 1
  } else failed += 1
} else failed += 1

/** Every test's duration from both JSON reports, to show where the suite's time goes. */
function durations() {
  const rows = []
  for (const file of vitest?.testResults ?? []) {
    for (const t of file.assertionResults ?? [])
      rows.push({ ms: t.duration ?? 0, name: `${relative(file.name)} > ${t.title}` })
  }
  const walk = (suite, prefix) => {
    for (const spec of suite.specs ?? []) {
      const ms = spec.tests.flatMap((t) => t.results).reduce((sum, r) => sum + (r.duration ?? 0), 0)
      rows.push({ ms, name: `${prefix}${spec.title}` })
    }
    for (const child of suite.suites ?? []) walk(child, `${prefix}${child.title} > `)
  }
  for (const suite of readJson('reports/playwright.json')?.suites ?? [])
    walk(suite, `test/e2e/${suite.title} > `)
  return rows.sort((a, b) => b.ms - a.ms)
}
function relative(path) {
  return path.startsWith(process.cwd()) ? path.slice(process.cwd().length + 1) : path
}

console.log('\nSlowest tests:')
for (const { ms, name } of durations().slice(0, 10))
  console.log(`  ${(ms / 1000).toFixed(1).padStart(6)} s  ${name}`)

console.log('\nSummary:')
for (const step of steps) console.log(`  ${step.ok ? '✓' : '✖'} ${step.name}`)
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed > 0 || steps.some((s) => !s.ok) ? 1 : 0)
