// Page load of the production build: demo mode and a build pointed at a feed served as static
// files; median of 5 cold runs (fresh profile each), without and with 4x CPU throttling; for the
// static feed also a reload (the cached copy painted at once). Each LCP is set against a static HTML
// page of the same first screen (scripts/lib/static-first-screen.mjs), measured in the same run,
// and against that screen rendered by React alone (scripts/lib/react-first-screen.mjs): no feed, no app code.
import { gzipSync } from 'node:zlib'
import { rmSync } from 'node:fs'
import { resolve } from 'node:path'
import { staticFirstScreen } from '../lib/static-first-screen.mjs'
import { buildReactFirstScreen } from '../lib/react-first-screen.mjs'

const runs = Number(process.env.PAGE_LOAD_RUNS ?? 5)

const budgets = {
  jsBeforeFcpGzip: { max: 100, text: '≤ 100 KB' },
  jsTotalGzip: { max: 220, text: '≤ 220 KB' },
  lcp: { 1: { max: 500, text: '≤ 500 ms' }, 4: { max: 1200, text: '≤ 1200 ms' } },
  tbt: { 1: { max: 100, text: '≤ 100 ms' }, 4: { max: 400, text: '≤ 400 ms' } },
  cls: { max: 0.02, text: '≤ 0.02' },
  dom: { max: 1500, text: '≤ 1,500' },
}

const observerScript = () => {
  window.__bench = { lcp: 0, cls: 0, longTasks: [], chartsDrawn: 0 }
  // Each frame: whether every market chart on the first screen has its line (the app's, not the
  // kept copy painted before it on a reload), and when that first held.
  const chartsInView = (now) => {
    const boxes = [...document.querySelectorAll('#markets article [data-paint-later]')].filter(
      (box) => {
        const { top, bottom } = box.getBoundingClientRect()
        return box.closest('#first-screen-snapshot') === null && top < innerHeight && bottom > 0
      },
    )
    const drawn = (box) =>
      [...box.querySelectorAll('.recharts-line-curve, .market-line')].some((line) =>
        line.getAttribute('d'),
      )
    if (boxes.length > 0 && boxes.every(drawn)) window.__bench.chartsDrawn = now
    else requestAnimationFrame(chartsInView)
  }
  requestAnimationFrame(chartsInView)
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__bench.lcp = entry.startTime
  }).observe({ type: 'largest-contentful-paint', buffered: true })
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (!entry.hadRecentInput) window.__bench.cls += entry.value
  }).observe({ type: 'layout-shift', buffered: true })
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      window.__bench.longTasks.push([entry.startTime, entry.duration])
  }).observe({ type: 'longtask', buffered: true })
}

/**
 * Whether the page has kept both its copies: the first screen (localStorage) and the feed's
 * answers (IndexedDB, idb-keyval's default store).
 */
const copiesKept = () =>
  new Promise((resolve) => {
    if (!Object.keys(localStorage).some((key) => key.startsWith('ttm.first-screen:')))
      return resolve(false)
    const open = indexedDB.open('keyval-store')
    open.onerror = () => resolve(false)
    open.onsuccess = () => {
      const db = open.result
      if (!db.objectStoreNames.contains('keyval')) return resolve(false)
      const keys = db.transaction('keyval').objectStore('keyval').getAllKeys()
      keys.onsuccess = () =>
        // The list of answers, written after their data (keys with a '|' are the data).
        resolve(
          keys.result.some(
            (key) => String(key).startsWith('ttm.feed-cache:') && !String(key).includes('|'),
          ),
        )
      keys.onerror = () => resolve(false)
    }
  })

/**
 * One cold load (or, with `reload`, a load, then a reload measured: the app's once its copies are
 * kept, unless `kept` is false (the demo keeps none), a plain page's, with `app: false`, once it is
 * loaded).
 */
async function measureOnce(
  ctx,
  url,
  rate,
  { reload = false, app = true, kept = true, waitFor = '6,005.88' } = {},
) {
  const browser = await ctx.launch()
  try {
    const page = browser.pages()[0] ?? (await browser.newPage())
    if (rate > 1) await ctx.throttle(page, rate)
    await page.addInitScript(observerScript)
    if (reload) {
      await page.goto(url, { waitUntil: 'load' })
      await page.getByText(waitFor).first().waitFor({ timeout: 30_000 })
    }
    if (reload && app && kept) {
      const deadline = Date.now() + 20_000
      // Both copies kept, as after a moment on the page: the feed's answers and the first screen
      // (kept while the page is idle; a page left sooner keeps it on the way out, and the
      // reload waits for that).
      while (!(await page.evaluate(copiesKept)) && Date.now() < deadline)
        await page.waitForTimeout(250)
    }
    const scripts = new Map()
    let requests = 0
    page.on('request', () => (requests += 1))
    page.on('response', async (response) => {
      if (!response.url().endsWith('.js') || response.url().endsWith('offline-sw.js')) return
      try {
        const body = await response.body()
        const text = body.toString('utf8')
        scripts.set(response.url(), {
          raw: body.length,
          gzip: gzipSync(body).length,
          msw: text.includes('[MSW]'),
        })
      } catch {
        // a response body can be gone when the page navigates; it is then not counted
      }
    })
    if (reload) await page.reload({ waitUntil: 'load' })
    else await page.goto(url, { waitUntil: 'load' })
    // On a reload, the app's own page, not the kept copy painted first (it holds the same text):
    // the blocking time counted runs until the app has taken over.
    await (reload && app ? page.locator('#root') : page)
      .getByText(waitFor)
      .first()
      .waitFor({ timeout: 30_000 })
    if (reload && app)
      await page.locator('#first-screen-snapshot').waitFor({ state: 'detached', timeout: 30_000 })
    // Blocking time counts until 1.5 s after the first screen is whole, its charts drawn.
    if (app)
      await page.waitForFunction(() => window.__bench.chartsDrawn > 0, null, { timeout: 60_000 })
    await page.waitForTimeout(1500)
    const metrics = await page.evaluate(() => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0
      const scriptsBeforeFcp = performance
        .getEntriesByType('resource')
        .filter((e) => e.name.endsWith('.js') && e.responseEnd <= fcp)
        .map((e) => e.name)
      const tbt = window.__bench.longTasks
        .filter(([start]) => start >= fcp)
        .reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0)
      return {
        fcp,
        lcp: window.__bench.lcp,
        chartsDrawn: window.__bench.chartsDrawn,
        cls: window.__bench.cls,
        tbt,
        dom: document.getElementsByTagName('*').length,
        scriptsBeforeFcp,
      }
    })
    const appScripts = [...scripts.entries()].filter(([, s]) => !s.msw)
    const sum = (list, key) => list.reduce((total, [, s]) => total + s[key], 0) / 1024
    const beforeFcp = appScripts.filter(([name]) => metrics.scriptsBeforeFcp.includes(name))
    return {
      ...metrics,
      requests,
      jsGzip: sum(appScripts, 'gzip'),
      jsRaw: sum(appScripts, 'raw'),
      jsBeforeFcpGzip: sum(beforeFcp, 'gzip'),
      jsBeforeFcpRaw: sum(beforeFcp, 'raw'),
      mswGzip: sum(
        [...scripts.entries()].filter(([, s]) => s.msw),
        'gzip',
      ),
    }
  } finally {
    await browser.close()
  }
}

export default {
  name: 'page-load',
  description:
    'loads of the production build (median of 5): a static HTML reference of the first screen and the same screen rendered by React alone, demo and static feed cold, static feed reloaded from its cache; 1x and 4x CPU; LCP as a ratio to the reference',
  async run(ctx) {
    const reactScreen = await buildReactFirstScreen(ctx.distDir)
    const references = [
      {
        key: 'static',
        file: 'static-first-screen.html',
        label: 'static HTML reference of the first screen',
        body: staticFirstScreen(ctx.distDir),
      },
      {
        key: 'react',
        file: 'react-first-screen.html',
        label: 'the same first screen rendered by React alone (no feed, no app code)',
        body: reactScreen.html,
      },
    ]
    // The references loaded as each mode is: cold, and reloaded (a reload also unloads the page
    // before it and finds its files in the HTTP cache).
    const referenceLcp = { static: { cold: {}, reload: {} }, react: { cold: {}, reload: {} } }
    {
      const server = await ctx.serve({
        basePath: '/tools/talks/',
        overrides: Object.fromEntries(
          references.map(({ file, body }) => [file, { body, type: 'text/html; charset=utf-8' }]),
        ),
        mounts: { 'react-first-screen/': reactScreen.outDir },
      })
      try {
        for (const rate of [1, 4]) {
          for (const kind of ['cold', 'reload']) {
            for (const reference of references) {
              const samples = []
              for (let i = 0; i < runs; i += 1)
                samples.push(
                  await measureOnce(ctx, `${server.url}${reference.file}`, rate, {
                    reload: kind === 'reload',
                    app: false,
                  }),
                )
              const lcp = ctx.median(samples.map((s) => s.lcp))
              referenceLcp[reference.key][kind][rate] = lcp
              ctx.report(
                `${reference.label}, ${kind === 'cold' ? 'cold' : 'reloaded'}, ${rate}x CPU (median of ${runs} runs)`,
                [
                  {
                    metric: 'first contentful paint',
                    value: ctx.median(samples.map((s) => s.fcp)),
                    unit: 'ms',
                  },
                  { metric: 'largest contentful paint', value: lcp, unit: 'ms' },
                  ...(reference.key === 'react'
                    ? [
                        {
                          metric: 'LCP / static page LCP',
                          value: lcp / referenceLcp.static[kind][rate],
                          unit: 'x',
                        },
                      ]
                    : []),
                ],
              )
            }
          }
        }
      } finally {
        await server.close()
        rmSync(reactScreen.outDir, { recursive: true, force: true })
      }
    }
    const staticLcp = referenceLcp.static
    const staticFeed = {
      overrides: {
        'config.json': { body: JSON.stringify({ feedUrl: './feed/', refreshSeconds: 30 }) },
      },
      mounts: { 'feed/': resolve('mocks/fixtures') },
    }
    const modes = [
      { label: 'demo mode, cold', options: {}, lcpRatio: 2 },
      { label: 'static feed, cold', options: staticFeed, lcpRatio: 2 },
      {
        label: 'static feed, reload (cached copy)',
        options: staticFeed,
        reload: true,
        lcpRatio: 1.2,
      },
      // The demo's feed is in its code: nothing is kept between visits, the HTTP cache aside.
      { label: 'demo mode, reload', options: {}, reload: true, kept: false, lcpRatio: null },
    ]
    for (const mode of modes) {
      const server = await ctx.serve({ basePath: '/tools/talks/', ...mode.options })
      try {
        for (const rate of [1, 4]) {
          const samples = []
          for (let i = 0; i < runs; i += 1)
            samples.push(
              await measureOnce(ctx, server.url, rate, { reload: mode.reload, kept: mode.kept }),
            )
          const m = (key) => ctx.median(samples.map((s) => s[key]))
          const within = (value, budget) => value <= budget.max
          const kind = mode.reload ? 'reload' : 'cold'
          const ratio = m('lcp') / staticLcp[kind][rate]
          const ratios = [
            {
              metric: `LCP / static page LCP (the page ${mode.reload ? 'reloaded' : 'cold'})`,
              value: ratio,
              unit: 'x',
              ...(mode.lcpRatio === null
                ? {}
                : { budget: `≤ ${mode.lcpRatio}x`, ok: ratio <= mode.lcpRatio }),
            },
          ]
          if (mode.reload)
            ratios.push({
              metric: 'LCP / static page LCP (the page cold)',
              value: m('lcp') / staticLcp.cold[rate],
              unit: 'x',
            })
          ratios.push({
            metric: `LCP / LCP of the first screen rendered by React alone (${kind})`,
            value: m('lcp') / referenceLcp.react[kind][rate],
            unit: 'x',
          })
          ctx.report(`${mode.label}, ${rate}x CPU (median of ${runs} runs)`, [
            ...ratios,
            {
              metric: 'JS before first content (gzip)',
              value: m('jsBeforeFcpGzip'),
              unit: 'KB',
              budget: budgets.jsBeforeFcpGzip.text,
              ok: within(m('jsBeforeFcpGzip'), budgets.jsBeforeFcpGzip),
            },
            { metric: 'JS before first content (raw)', value: m('jsBeforeFcpRaw'), unit: 'KB' },
            {
              metric: 'JS in all, MSW chunk excluded (gzip)',
              value: m('jsGzip'),
              unit: 'KB',
              budget: budgets.jsTotalGzip.text,
              ok: within(m('jsGzip'), budgets.jsTotalGzip),
            },
            { metric: 'JS in all, MSW chunk excluded (raw)', value: m('jsRaw'), unit: 'KB' },
            { metric: 'MSW chunk (gzip, demo only)', value: m('mswGzip'), unit: 'KB' },
            { metric: 'requests', value: m('requests') },
            { metric: 'first contentful paint', value: m('fcp'), unit: 'ms' },
            {
              metric: 'largest contentful paint',
              value: m('lcp'),
              unit: 'ms',
              budget: budgets.lcp[rate].text,
              ok: within(m('lcp'), budgets.lcp[rate]),
            },
            {
              metric: 'every market chart on the first screen drawn',
              value: m('chartsDrawn'),
              unit: 'ms',
            },
            {
              metric: 'total blocking time, first paint until 1.5 s after those charts',
              value: m('tbt'),
              unit: 'ms',
              budget: budgets.tbt[rate].text,
              ok: within(m('tbt'), budgets.tbt[rate]),
            },
            {
              metric: 'cumulative layout shift',
              value: m('cls'),
              budget: budgets.cls.text,
              ok: within(m('cls'), budgets.cls),
            },
            {
              metric: 'DOM elements',
              value: m('dom'),
              budget: budgets.dom.text,
              ok: within(m('dom'), budgets.dom),
            },
          ])
        }
      } finally {
        await server.close()
      }
    }
  },
}
