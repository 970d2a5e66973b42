// Changing-feed soak (issue 16): the production build polls a feed every 5 s for 10 minutes
// (SOAK_MINUTES), and every poll brings new data: a new point on every series, new figures in
// markets.json, a quote's context and index.json's generatedAt changed. Reports the share of
// wall time spent in main-thread long tasks (target: under 5 %) and the JS heap after a forced GC
// every 2 minutes (target: flat, growth at most 10 % over the measured minutes).
//
// The measured minutes follow a warm-up of polling (SOAK_WARMUP_MINUTES, 2). Heap snapshots of
// the warm-up (SOAK_SNAPSHOTS=dir writes one per checkpoint) show what it adds once: optimised
// code and the tables of Recharts' selector caches; docs/reliability.md has the breakdown. The
// heap is reported from the start of the warm-up too, and long tasks are counted over both.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

const minutes = Number(process.env.SOAK_MINUTES ?? 10)
const refreshSeconds = 5
const checkpointMs = Math.min(120_000, (minutes * 60_000) / 5)
const settleMs = 20_000
const warmUpMinutes = Number(process.env.SOAK_WARMUP_MINUTES ?? 2)
const budgets = {
  longTaskShare: { max: 5, text: '< 5 %' },
  heapGrowth: { max: 10, text: '≤ 10 %' },
}

const fixtures = resolve('mocks/fixtures')
const read = (file) => JSON.parse(readFileSync(join(fixtures, file), 'utf8'))

/** The fixtures as documents that move on by one step per request of each file. */
function changingFeed() {
  const documents = {
    'index.json': read('index.json'),
    'quotes.json': read('quotes.json'),
    'markets.json': read('markets.json'),
  }
  const series = Object.fromEntries(
    readdirSync(join(fixtures, 'series')).map((f) => [`series/${f}`, read(join('series', f))]),
  )
  const polls = new Map()
  const step = (path) => {
    const n = (polls.get(path) ?? 0) + 1
    polls.set(path, n)
    return n
  }
  return {
    polls,
    body(path) {
      if (path in series) {
        const doc = series[path]
        step(path)
        const last = doc.points.at(-1)
        // One minute later, a small move; the oldest point goes, as from a feed that serves a
        // rolling window. The data changes on every poll and keeps its size, so a heap that
        // grows is the app's, not the feed's.
        doc.points.push({
          t: new Date(Date.parse(last.t) + 60_000).toISOString(),
          v: Number((last.v * (1 + (Math.random() - 0.5) / 1000)).toFixed(4)),
        })
        doc.points.shift()
        return JSON.stringify(doc)
      }
      if (path === 'markets.json') {
        const n = step(path)
        const doc = documents[path]
        for (const instrument of doc.instruments) {
          if (instrument.changePercent !== null)
            instrument.changePercent = Number(
              (instrument.changePercent + (n % 2 ? 0.01 : -0.01)).toFixed(2),
            )
        }
        return JSON.stringify(doc)
      }
      if (path === 'quotes.json') {
        const n = step(path)
        const doc = documents[path]
        doc.quotes[0].context = `${read('quotes.json').quotes[0].context} (update ${n})`
        return JSON.stringify(doc)
      }
      if (path === 'index.json') {
        step(path)
        const doc = documents[path]
        doc.generatedAt = new Date().toISOString()
        return JSON.stringify(doc)
      }
      return null
    },
  }
}

/** The heap after forced GCs, and the page-time span they took (their long tasks are ours, not the app's). */
async function heapAfterGc(cdp, page) {
  const from = await page.evaluate(() => performance.now())
  for (let i = 0; i < 3; i += 1) await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  const to = await page.evaluate(() => performance.now())
  return { usedSize, span: [from, to] }
}

/** SOAK_SNAPSHOTS=dir: a heap snapshot at every checkpoint, to compare in DevTools' Memory tab. */
const snapshotDir = process.env.SOAK_SNAPSHOTS

async function writeHeapSnapshot(cdp, file) {
  const chunks = []
  const onChunk = ({ chunk }) => chunks.push(chunk)
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk)
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false })
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk)
  writeFileSync(file, chunks.join(''))
}

export default {
  name: 'changing-feed',
  description: `${minutes} minutes at a ${refreshSeconds} s refresh against a feed that changes on every poll: long-task share of the time, JS heap after GC`,
  async run(ctx) {
    const feed = changingFeed()
    const server = await ctx.serve({
      basePath: '/tools/talks/',
      overrides: {
        'config.json': {
          body: JSON.stringify({ feedUrl: './feed/', refreshSeconds, timeZone: 'Europe/London' }),
        },
      },
      mounts: { 'feed/': fixtures },
      intercept(req, res) {
        const path = new URL(req.url ?? '/', 'http://x').pathname.replace(
          /^\/tools\/talks\/feed\//,
          '',
        )
        const body = feed.body(path)
        if (body === null) return false
        res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-cache' })
        res.end(body)
        return true
      },
    })
    const browser = await ctx.launch()
    try {
      const page = browser.pages()[0] ?? (await browser.newPage())
      const errors = []
      page.on('pageerror', (error) => errors.push(String(error)))
      await page.addInitScript(() => {
        window.__longTasks = []
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries())
            window.__longTasks.push([entry.startTime, entry.duration])
        }).observe({ type: 'longtask', buffered: true })
      })
      await page.goto(server.url, { waitUntil: 'load' })
      await page
        .getByText(/\d+ of \d+ quotes/)
        .first()
        .waitFor({ timeout: 30_000 })
      // Every chart mounted and kept on screen: the soak covers the markets with their charts drawn.
      await page.getByRole('region', { name: 'Market reaction' }).scrollIntoViewIfNeeded()
      await page.locator('#markets svg.recharts-surface').first().waitFor({ timeout: 30_000 })
      await page.waitForTimeout(settleMs)
      const cdp = await page.context().newCDPSession(page)
      await cdp.send('HeapProfiler.enable')

      const gcSpans = []
      const checkpoint = async (minute) => {
        const { usedSize, span } = await heapAfterGc(cdp, page)
        gcSpans.push(span)
        checkpoints.push([minute, usedSize])
        if (snapshotDir)
          await writeHeapSnapshot(cdp, join(snapshotDir, `minute-${minute}.heapsnapshot`))
      }
      const checkpoints = []
      const start = await page.evaluate(() => performance.now())
      await checkpoint(-warmUpMinutes)
      await page.waitForTimeout(warmUpMinutes * 60_000)
      await checkpoint(0)
      const end = Date.now() + minutes * 60_000
      while (Date.now() < end) {
        await page.waitForTimeout(Math.min(checkpointMs, end - Date.now()))
        await checkpoint(Number(((minutes * 60_000 - (end - Date.now())) / 60_000).toFixed(1)))
      }
      const { stop, tasks } = await page.evaluate(() => ({
        stop: performance.now(),
        tasks: window.__longTasks,
      }))
      // The app's long tasks: the forced GCs of the checkpoints are left out, and so is their time.
      const inGc = (t) => gcSpans.some(([from, to]) => t >= from - 50 && t <= to + 50)
      const inWindow = tasks.filter(([t]) => t >= start && t <= stop && !inGc(t))
      const gcMs = gcSpans.reduce((sum, [from, to]) => sum + (to - from), 0)
      const longTaskMs = inWindow.reduce((sum, [, d]) => sum + d, 0)
      const share = (longTaskMs / (stop - start - gcMs)) * 100
      const heapBeforeWarmUp = checkpoints[0][1]
      const heapFirst = checkpoints[1][1]
      const heapLast = checkpoints.at(-1)[1]
      const growth = ((heapLast - heapFirst) / heapFirst) * 100
      const warmUpGrowth = ((heapFirst - heapBeforeWarmUp) / heapBeforeWarmUp) * 100
      const polls = [...feed.polls.entries()]
        .filter(([path]) => path.startsWith('series/'))
        .map(([, n]) => n)
      ctx.report(
        `changing feed: ${warmUpMinutes} min warm-up, then ${minutes} min at ${refreshSeconds} s`,
        [
          {
            metric: 'polls per series (each brought a new point and dropped the oldest)',
            value: `${Math.min(...polls)}-${Math.max(...polls)}`,
          },
          {
            metric: 'quotes.json polls (each changed a quote)',
            value: feed.polls.get('quotes.json') ?? 0,
          },
          { metric: 'long tasks (warm-up and measured minutes)', value: inWindow.length },
          { metric: 'time in long tasks', value: longTaskMs / 1000, unit: 's' },
          {
            metric: 'share of the time in long tasks',
            value: share,
            unit: '%',
            budget: budgets.longTaskShare.text,
            ok: share < budgets.longTaskShare.max,
          },
          {
            metric: 'longest task',
            value: inWindow.reduce((max, [, d]) => Math.max(max, d), 0),
            unit: 'ms',
          },
          {
            metric: `JS heap after GC at minute ${checkpoints.map(([m]) => m).join(' / ')}`,
            value: checkpoints.map(([, b]) => (b / 1024 / 1024).toFixed(1)).join(' / '),
            unit: 'MB',
          },
          {
            metric: `JS heap growth during the ${warmUpMinutes}-minute warm-up (minute -${warmUpMinutes} to 0)`,
            value: warmUpGrowth,
            unit: '%',
          },
          {
            metric: 'JS heap growth, minute 0 to the last checkpoint',
            value: growth,
            unit: '%',
            budget: budgets.heapGrowth.text,
            ok: growth <= budgets.heapGrowth.max,
          },
          ...(errors.length ? [{ metric: 'page errors', value: errors.length }] : []),
        ],
      )
    } finally {
      await browser.close()
      await server.close()
    }
  },
}
