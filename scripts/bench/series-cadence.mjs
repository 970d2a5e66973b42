// Market panels of real-feed shapes, drawn as the dashboard draws them (by cadence, with the time
// axis): five years of daily closes and a week of one-minute bars. Time from data to the first
// painted chart and hover-to-tooltip paint, in headless Chromium on a production build of the
// bench page (scripts/bench/series-100k.html, built on its own here). Never fails on the targets.
import { resolve } from 'node:path'
import { rmSync } from 'node:fs'
import { awaitTooltip, buildPage } from './series-100k.mjs'

const runs = Number(process.env.SERIES_BENCH_RUNS ?? 5)
const hovers = 20
const outDir = resolve('dist-series-cadence-bench')
const targets = { first: 250, hover: 50 }
const shapes = [
  ['daily', 'five years of daily closes'],
  ['minute', 'a week of one-minute bars'],
]

async function measure(ctx, url, mode, rate) {
  const browser = await ctx.launch()
  try {
    const page = browser.pages()[0] ?? (await browser.newPage())
    if (rate > 1) await ctx.throttle(page, rate)
    await page.goto(url, { waitUntil: 'load' })
    await page.waitForFunction(() => typeof window.seriesBench === 'object')
    const first = await page.evaluate((m) => window.seriesBench.show(m, 0, 1), mode)
    await page.waitForFunction(() => document.querySelector('.recharts-surface') !== null)
    const box = await page.locator('.recharts-surface').boundingBox()
    const samples = []
    let previous = null
    for (let i = 0; i < hovers; i++) {
      const x = box.x + 60 + ((box.width - 80) * (i + 0.5)) / hovers
      const result = page.evaluate(awaitTooltip, previous)
      await page.mouse.move(x, box.y + box.height / 2)
      const { ms, text } = await result
      previous = text
      if (ms !== null) samples.push(ms)
    }
    const points = await page.evaluate(
      () => document.querySelectorAll('.recharts-xAxis-tick-labels text').length,
    )
    return {
      first: first.ms,
      drawn: first.drawn,
      ticks: points,
      hover: samples.length ? ctx.median(samples) : NaN,
      missed: hovers - samples.length,
    }
  } finally {
    await browser.close()
  }
}

export default {
  name: 'series-cadence',
  description: `market panels of real-feed shapes (five years of daily closes, a week of one-minute bars), drawn by cadence, median of ${runs} cold runs`,
  async run(ctx) {
    await buildPage(outDir)
    const server = await ctx.serve({ mounts: { 'series-bench/': outDir } })
    const url = `${server.url}series-bench/scripts/bench/series-100k.html`
    try {
      for (const rate of [1, 4]) {
        for (const [mode, words] of shapes) {
          const results = []
          for (let run = 0; run < runs; run++) results.push(await measure(ctx, url, mode, rate))
          const med = (key) => ctx.median(results.map((r) => r[key]))
          const at1 = rate === 1
          ctx.report(`${words}, ${rate}x CPU (targets at 1x)`, [
            { metric: 'line segments drawn', value: med('drawn') },
            { metric: 'axis labels', value: med('ticks') },
            {
              metric: 'data → first painted chart',
              value: med('first'),
              unit: 'ms',
              ...(at1 && { budget: `≤ ${targets.first} ms`, ok: med('first') <= targets.first }),
            },
            {
              metric: `hover → tooltip painted (median of ${hovers})`,
              value: med('hover'),
              unit: 'ms',
              ...(at1 && { budget: `≤ ${targets.hover} ms`, ok: med('hover') <= targets.hover }),
            },
            {
              metric: 'hover moves with no new tooltip within 5 s (summed)',
              value: results.reduce((n, r) => n + r.missed, 0),
            },
          ])
        }
      }
    } finally {
      await server.close()
      rmSync(outDir, { recursive: true, force: true })
    }
  },
}
