// Soak: 1,000 refresh cycles against the mocked (demo) feed on the production build in headless
// Chromium. Reports the JS heap after a forced GC before and after (target: growth at most 10%)
// and the renders of panels whose data did not change (target: 0).
//
// Needs two hooks the page installs only with `?bench` (src/hooks/bench-hooks.ts):
//   window.__ttmRefresh(): Promise — refetches every active feed query (queryClient.refetchQueries)
//   window.__ttmRenders: { [panel]: committed renders } — counted by useBenchRenderCount(panel)
// Renders are compared with an idle stretch of the same length (clock ticks re-render too), so
// the figure reported is the renders the refreshes caused.

const cycles = Number(process.env.SOAK_CYCLES ?? 1000)
const batch = 50
const checkpointEvery = 250
const warmUpCycles = Number(process.env.SOAK_WARMUP ?? 50)
const budgets = {
  heapGrowth: { max: 10, text: '≤ 10 %' },
  renders: { max: 0, text: '0' },
}

async function heapAfterGc(cdp) {
  for (let i = 0; i < 3; i += 1) await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  return usedSize
}

const renders = (page) => page.evaluate(() => ({ ...(window.__ttmRenders ?? {}) }))

function diff(after, before) {
  const out = {}
  for (const key of new Set([...Object.keys(after), ...Object.keys(before)]))
    out[key] = (after[key] ?? 0) - (before[key] ?? 0)
  return out
}

export default {
  name: 'soak',
  description: `${cycles.toLocaleString('en-US')} refresh cycles against the demo feed: JS heap after GC before/after, renders of unchanged panels`,
  async run(ctx) {
    const server = await ctx.serve({ basePath: '/tools/talks/' })
    const browser = await ctx.launch()
    try {
      const page = browser.pages()[0] ?? (await browser.newPage())
      const errors = []
      page.on('pageerror', (error) => errors.push(String(error)))
      await page.goto(`${server.url}?bench`, { waitUntil: 'load' })
      await page.getByText('6,005.88').first().waitFor({ timeout: 30_000 })
      // The market charts mount when their region nears the viewport: bring it there, so the
      // soak covers every panel with its charts drawn.
      await page.getByRole('region', { name: 'Market reaction' }).scrollIntoViewIfNeeded()
      await page
        .locator('#markets svg.recharts-surface')
        .first()
        .waitFor({ timeout: 30_000 })
        .catch(() => undefined)
      await page.waitForTimeout(1500)
      const hooked = await page.evaluate(
        () => typeof window.__ttmRefresh === 'function' && typeof window.__ttmRenders === 'object',
      )
      if (!hooked) {
        ctx.report('soak', [
          {
            metric: 'bench hooks (window.__ttmRefresh, window.__ttmRenders with ?bench)',
            value: 'not installed: nothing measured',
          },
        ])
        return
      }
      const cdp = await page.context().newCDPSession(page)
      await cdp.send('HeapProfiler.enable')

      // Warm-up: the first refetches allocate what stays for the page's life (compiled code,
      // caches, lazily created structures); the heap is measured from there.
      await page.evaluate(async (count) => {
        for (let i = 0; i < count; i += 1) await window.__ttmRefresh()
      }, warmUpCycles)
      const heapBefore = await heapAfterGc(cdp)

      const rendersBefore = await renders(page)
      const started = Date.now()
      const cycleTimes = []
      const checkpoints = []
      for (let done = 0; done < cycles; done += batch) {
        if (done > 0 && done % checkpointEvery === 0)
          checkpoints.push([done, await heapAfterGc(cdp)])
        const n = Math.min(batch, cycles - done)
        const times = await page.evaluate(async (count) => {
          const out = []
          for (let i = 0; i < count; i += 1) {
            const t0 = performance.now()
            await window.__ttmRefresh()
            // let React commit whatever the refresh changed before the next one
            await new Promise((resolve) => setTimeout(resolve, 0))
            out.push(performance.now() - t0)
          }
          return out
        }, n)
        cycleTimes.push(...times)
      }
      const elapsed = Date.now() - started
      const duringRefresh = diff(await renders(page), rendersBefore)
      const heapAfter = await heapAfterGc(cdp)
      checkpoints.push([cycles, heapAfter])

      // The same length of time with no refresh: renders from clock ticks alone.
      const idleStart = await renders(page)
      await page.waitForTimeout(Math.min(elapsed, 60_000))
      const idleScale = elapsed / Math.min(elapsed, 60_000)
      const idle = diff(await renders(page), idleStart)
      const heapAfterIdle = await heapAfterGc(cdp)

      const growth = ((heapAfter - heapBefore) / heapBefore) * 100
      const rows = [
        {
          metric: 'refresh cycles (after warm-up cycles)',
          value: `${cycles} (after ${warmUpCycles})`,
        },
        { metric: 'time per cycle (median)', value: ctx.median(cycleTimes), unit: 'ms' },
        { metric: 'time per cycle (p95)', value: ctx.percentile(cycleTimes, 95), unit: 'ms' },
        { metric: 'JS heap after GC, before', value: heapBefore / 1024 / 1024, unit: 'MB' },
        { metric: 'JS heap after GC, after', value: heapAfter / 1024 / 1024, unit: 'MB' },
        {
          metric: 'JS heap growth',
          value: growth,
          unit: '%',
          budget: budgets.heapGrowth.text,
          ok: growth <= budgets.heapGrowth.max,
        },
        {
          metric: `JS heap after GC at cycles ${checkpoints.map(([n]) => n).join(' / ')}`,
          value: checkpoints.map(([, b]) => (b / 1024 / 1024).toFixed(1)).join(' / '),
          unit: 'MB',
        },
        {
          metric: 'JS heap after GC, after an idle stretch',
          value: heapAfterIdle / 1024 / 1024,
          unit: 'MB',
        },
      ]
      const panels = Object.keys({ ...duringRefresh, ...idle }).sort()
      for (const panel of panels) {
        const caused = Math.max(
          0,
          Math.round((duringRefresh[panel] ?? 0) - (idle[panel] ?? 0) * idleScale),
        )
        rows.push({
          metric: `renders of ${panel} caused by refreshes (raw ${duringRefresh[panel] ?? 0}, idle ${idle[panel] ?? 0})`,
          value: caused,
          budget: budgets.renders.text,
          ok: caused <= budgets.renders.max,
        })
      }
      if (panels.length === 0)
        rows.push({
          metric: 'panel renders',
          value: 'no panel counts its renders (useBenchRenderCount)',
        })
      if (errors.length) rows.push({ metric: 'page errors', value: errors.length })
      ctx.report(`soak: ${cycles} refresh cycles, demo feed, 1x CPU`, rows)
    } finally {
      await browser.close()
      await server.close()
    }
  },
}
