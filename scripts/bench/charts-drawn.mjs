// Charts drawn (issue 14): cold loads of the production build pointed at a static feed, at 1x and
// 4x CPU (median of 5). For each market chart, the time from navigation to its line painted, and
// from its series' response to that paint; the longest main-thread task until the last chart is
// drawn. The reference, measured in the same runs: navigation to the first quote painted (the
// app's first content, with no chart in it), so a slow machine shows as a slow reference.
import { resolve } from 'node:path'

const runs = Number(process.env.BENCH_RUNS ?? 5)
const budgets = {
  afterData: { 1: { max: 300, text: '≤ 300 ms' } },
  longestTask: { 1: { max: 200, text: '≤ 200 ms' } },
}

/** In the page from the start: every frame, notes when each chart's line first has a path. */
const watchCharts = () => {
  window.__charts = { drawn: {}, longTasks: [], firstQuote: null }
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      window.__charts.longTasks.push([entry.startTime, entry.duration])
  }).observe({ type: 'longtask', buffered: true })
  const frame = (now) => {
    const state = window.__charts
    if (state.firstQuote === null && document.querySelector('#quotes blockquote, #quotes article'))
      state.firstQuote = now
    for (const curve of document.querySelectorAll(
      '#markets .recharts-line-curve, #markets .market-line',
    )) {
      if (!curve.getAttribute('d')) continue
      const box = curve.closest('article, section')
      const name = box?.querySelector('h3')?.textContent?.trim() ?? '?'
      if (!(name in state.drawn)) state.drawn[name] = now
    }
    requestAnimationFrame(frame)
  }
  requestAnimationFrame(frame)
}

async function measureOnce(ctx, url, rate) {
  const browser = await ctx.launch()
  try {
    const page = browser.pages()[0] ?? (await browser.newPage())
    await page.setViewportSize({ width: 1920, height: 1080 })
    if (rate > 1) await ctx.throttle(page, rate)
    await page.addInitScript(watchCharts)
    await page.goto(url, { waitUntil: 'commit' })
    // The markets are brought into view as soon as they exist (charts are drawn near the viewport).
    const markets = page.locator('#markets')
    await markets.waitFor({ timeout: 60_000 })
    await markets.evaluate((el) => el.scrollIntoView({ block: 'start' }))
    // Instruments listed (the snapshot band, above the regions), then one chart each and the comparison.
    const snapshotCards = page.locator('[aria-label="Market snapshot"] > li')
    await snapshotCards.first().waitFor({ timeout: 60_000 })
    const expected = (await snapshotCards.count()) + 1
    await page.waitForFunction((n) => Object.keys(window.__charts.drawn).length >= n, expected, {
      timeout: 60_000,
      polling: 50,
    })
    return await page.evaluate(() => {
      const state = window.__charts
      const series = performance
        .getEntriesByType('resource')
        .filter((e) => /\/series\/[^/]+\.json/.test(e.name))
        .map((e) => e.responseEnd)
      const dataAt = Math.max(...series)
      const drawnAt = Math.max(...Object.values(state.drawn))
      const firstChart = Math.min(...Object.values(state.drawn))
      const longest = state.longTasks
        .filter(([t]) => t <= drawnAt)
        .reduce((max, [, d]) => Math.max(max, d), 0)
      return {
        firstQuote: state.firstQuote ?? NaN,
        firstChart,
        allCharts: drawnAt,
        afterData: drawnAt - dataAt,
        longest,
        charts: Object.keys(state.drawn).length,
      }
    })
  } finally {
    await browser.close()
  }
}

export default {
  name: 'charts-drawn',
  description: `navigation to every market chart drawn, static feed, 1x and 4x CPU (median of ${runs} cold runs), reference: first quote painted`,
  async run(ctx) {
    const server = await ctx.serve({
      basePath: '/tools/talks/',
      overrides: {
        'config.json': { body: JSON.stringify({ feedUrl: './feed/', refreshSeconds: 30 }) },
      },
      mounts: { 'feed/': resolve('mocks/fixtures') },
    })
    try {
      for (const rate of [1, 4]) {
        const samples = []
        for (let i = 0; i < runs; i += 1) samples.push(await measureOnce(ctx, server.url, rate))
        const m = (key) => ctx.median(samples.map((s) => s[key]))
        const budget = (key, value) => {
          const b = budgets[key][rate]
          return b ? { budget: b.text, ok: value <= b.max } : {}
        }
        ctx.report(`charts drawn, ${rate}x CPU (median of ${runs} cold runs, 1920x1080)`, [
          { metric: 'charts drawn', value: m('charts') },
          {
            metric: 'reference: navigation to first quote painted',
            value: m('firstQuote'),
            unit: 'ms',
          },
          { metric: 'navigation to first chart drawn', value: m('firstChart'), unit: 'ms' },
          { metric: 'navigation to every chart drawn', value: m('allCharts'), unit: 'ms' },
          {
            metric: 'last series response to every chart drawn',
            value: m('afterData'),
            unit: 'ms',
            ...budget('afterData', m('afterData')),
          },
          {
            metric: 'longest task until then',
            value: m('longest'),
            unit: 'ms',
            ...budget('longestTask', m('longest')),
          },
          {
            metric: 'worst run: every chart drawn / longest task',
            value: `${Math.round(Math.max(...samples.map((s) => s.allCharts)))} / ${Math.round(Math.max(...samples.map((s) => s.longest)))}`,
            unit: 'ms',
          },
        ])
      }
    } finally {
      await server.close()
    }
  },
}
