// A market panel with a 100,000-point series (one-second ticks, seeded), in headless Chromium on a
// production build of a bench-only page (scripts/bench/series-100k.html, built here on its own so
// the dashboard's dist/ is untouched): time from data to the first painted chart, time to paint a
// data update, hover-to-tooltip paint; the same chart drawn by Recharts with every point; ratios.
// Prints figures beside the targets (at 1x CPU); never fails on them.
import { resolve } from 'node:path'
import { rmSync } from 'node:fs'
import { build } from 'vite'
import react from '@vitejs/plugin-react'
import tailwindcss from '@tailwindcss/vite'

const count = 100_000
const runs = Number(process.env.SERIES_BENCH_RUNS ?? 5)
const hovers = 20
const outDir = resolve('dist-series-bench')
const targets = { first: 250, update: 50, hover: 50, ratio: 20 }

export async function buildPage(outDir) {
  await build({
    configFile: false,
    root: resolve('.'),
    base: './',
    logLevel: 'warn',
    plugins: [react(), tailwindcss()],
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 5000,
      rolldownOptions: { input: resolve('scripts/bench/series-100k.html') },
    },
  })
}

/** In the page: resolves with ms from the mousemove to the painted tooltip showing a new moment. */
export function awaitTooltip(previous) {
  return new Promise((resolve) => {
    let movedAt = null
    const onMove = (event) => {
      if (movedAt === null) movedAt = event.timeStamp
    }
    document.addEventListener('mousemove', onMove, { capture: true })
    const text = () => document.querySelector('[data-testid="market-readout"]')?.textContent ?? null
    const check = () => {
      const now = text()
      if (movedAt === null || now === null || now === previous) return
      observer.disconnect()
      requestAnimationFrame(() => {
        const channel = new MessageChannel()
        channel.port1.onmessage = () => {
          document.removeEventListener('mousemove', onMove, { capture: true })
          resolve({ ms: performance.now() - movedAt, text: now })
        }
        channel.port2.postMessage(0)
      })
    }
    const observer = new MutationObserver(check)
    observer.observe(document.body, { childList: true, subtree: true, characterData: true })
    // A move that shows no new tooltip (e.g. the same point again) is not a sample.
    setTimeout(() => {
      observer.disconnect()
      document.removeEventListener('mousemove', onMove, { capture: true })
      resolve({ ms: null, text: previous })
    }, 5000)
  })
}

async function measure(ctx, url, mode, rate) {
  const browser = await ctx.launch()
  try {
    const page = browser.pages()[0] ?? (await browser.newPage())
    if (rate > 1) await ctx.throttle(page, rate)
    await page.goto(url, { waitUntil: 'load' })
    await page.waitForFunction(() => typeof window.seriesBench === 'object')
    const first = await page.evaluate(([m, n]) => window.seriesBench.show(m, n, 1), [mode, count])
    await page.waitForTimeout(300)
    const update = await page.evaluate(([m, n]) => window.seriesBench.show(m, n, 2), [mode, count])
    await page.waitForTimeout(300)
    const box = await page.locator('.recharts-surface').boundingBox()
    const hoverSamples = []
    let previous = null
    for (let i = 0; i < hovers; i++) {
      const x = box.x + 60 + ((box.width - 80) * (i + 0.5)) / hovers
      const result = page.evaluate(awaitTooltip, previous)
      await page.mouse.move(x, box.y + box.height / 2)
      const { ms, text } = await result
      previous = text
      if (ms !== null) hoverSamples.push(ms)
    }
    return {
      first: first.ms,
      update: update.ms,
      drawn: first.drawn,
      hover: hoverSamples.length ? ctx.median(hoverSamples) : NaN,
      missed: hovers - hoverSamples.length,
    }
  } finally {
    await browser.close()
  }
}

export default {
  name: 'series-100k',
  description: `a market panel with a ${count.toLocaleString('en-GB')}-point series, downsampled (LTTB) vs every point drawn by Recharts, median of ${runs} cold runs`,
  async run(ctx) {
    await buildPage(outDir)
    const server = await ctx.serve({ mounts: { 'series-bench/': outDir } })
    const url = `${server.url}series-bench/scripts/bench/series-100k.html`
    try {
      for (const rate of [1, 4]) {
        const results = { lttb: [], full: [] }
        for (let run = 0; run < runs; run++) {
          results.lttb.push(await measure(ctx, url, 'lttb', rate))
          // Every point: slow (seconds); fewer runs at 4x.
          if (rate === 1 || run < 2) results.full.push(await measure(ctx, url, 'full', rate))
        }
        const med = (mode, key) => ctx.median(results[mode].map((r) => r[key]))
        const ours = {
          first: med('lttb', 'first'),
          update: med('lttb', 'update'),
          hover: med('lttb', 'hover'),
        }
        const full = {
          first: med('full', 'first'),
          update: med('full', 'update'),
          hover: med('full', 'hover'),
        }
        const ratio = (key) => full[key] / ours[key]
        const sum = (mode, key) => results[mode].reduce((total, r) => total + r[key], 0)
        const at1 = rate === 1
        ctx.report(
          `series panel, ${count.toLocaleString('en-GB')} points, ${rate}x CPU (targets at 1x)`,
          [
            { metric: 'points drawn (downsampled)', value: med('lttb', 'drawn') },
            {
              metric: 'data → first painted chart',
              value: ours.first,
              unit: 'ms',
              ...(at1 && { budget: `≤ ${targets.first} ms`, ok: ours.first <= targets.first }),
            },
            {
              metric: 'data update → painted',
              value: ours.update,
              unit: 'ms',
              ...(at1 && { budget: `≤ ${targets.update} ms`, ok: ours.update <= targets.update }),
            },
            {
              metric: `hover → tooltip painted (median of ${hovers})`,
              value: ours.hover,
              unit: 'ms',
              ...(at1 && { budget: `≤ ${targets.hover} ms`, ok: ours.hover <= targets.hover }),
            },
            { metric: 'every point: data → first painted chart', value: full.first, unit: 'ms' },
            { metric: 'every point: data update → painted', value: full.update, unit: 'ms' },
            { metric: 'every point: hover → tooltip painted', value: full.hover, unit: 'ms' },
            {
              metric: 'ratio, first paint (every point / ours)',
              value: ratio('first'),
              unit: 'x',
              ...(at1 && { budget: `≥ ${targets.ratio}x`, ok: ratio('first') >= targets.ratio }),
            },
            {
              metric: 'ratio, update',
              value: ratio('update'),
              unit: 'x',
              ...(at1 && { budget: `≥ ${targets.ratio}x`, ok: ratio('update') >= targets.ratio }),
            },
            { metric: 'ratio, hover', value: ratio('hover'), unit: 'x' },
            {
              metric: 'hover moves with no new tooltip within 5 s (ours / every point, summed)',
              value: `${sum('lttb', 'missed')} / ${sum('full', 'missed')}`,
            },
          ],
        )
      }
    } finally {
      await server.close()
      rmSync(outDir, { recursive: true, force: true })
    }
  },
}
