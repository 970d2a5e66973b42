#!/usr/bin/env node
// npm run bench [-- scenario ...]: builds the app, then runs every scenario in scripts/bench/
// (or the named ones) against the production build in headless Chromium. Prints figures with
// their budgets; never fails on them.
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { resolve } from 'node:path'
import * as harness from './bench/harness.mjs'

const wanted = process.argv.slice(2)
const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' })
if (build.status !== 0) process.exit(build.status ?? 1)

const files = readdirSync('scripts/bench')
  .filter((f) => f.endsWith('.mjs') && f !== 'harness.mjs')
  .sort()
for (const file of files) {
  const { default: scenario } = await import(pathToFileURL(resolve('scripts/bench', file)).href)
  if (wanted.length && !wanted.includes(scenario.name)) continue
  console.log(`\n# ${scenario.name}: ${scenario.description}`)
  try {
    await scenario.run({ ...harness })
  } catch (error) {
    console.log(
      `scenario ${scenario.name} could not run: ${error instanceof Error ? error.stack : error}`,
    )
  }
}
