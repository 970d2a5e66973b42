import { expect, test } from '@playwright/test'
import { serveBuild } from './serve-build'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { resolve } from 'node:path'
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server.mjs'

// A feed server that misbehaves the way the probe of issue 16 did, against the production build:
// a body that trickles one byte a second, a document that declares 200 MB and streams it, one
// that streams 1 GB with no length, and a redirect to another site. Service workers are blocked:
// the feed comes from the network, as on a real deployment.
test.use({ serviceWorkers: 'block' })

const MB = 1024 * 1024
type Stream = { bytes: number; closed: boolean }
const streams = new Map<string, Stream[]>()
const timers = new Set<ReturnType<typeof setInterval>>()
let app: StaticServer
let elsewhere: StaticServer
let elsewhereRequests = 0

function record(path: string, res: ServerResponse): Stream {
  const stream = { bytes: 0, closed: false }
  streams.set(path, [...(streams.get(path) ?? []), stream])
  res.on('close', () => (stream.closed = true))
  return stream
}

/** Writes `chunk`-sized blocks as fast as the client takes them, up to `total` bytes. */
function pump(res: ServerResponse, stream: Stream, total: number, chunk = 64 * 1024) {
  const block = Buffer.alloc(chunk, 0x20)
  const write = () => {
    while (!stream.closed && stream.bytes < total) {
      stream.bytes += chunk
      if (!res.write(block)) return res.once('drain', write)
    }
    if (!stream.closed) res.end()
  }
  write()
}

function hostile(req: IncomingMessage, res: ServerResponse): boolean {
  const path = new URL(req.url ?? '/', 'http://x').pathname.replace(/^\/talks\/feed\//, '')
  const json = { 'content-type': 'application/json', 'cache-control': 'no-cache' }
  if (path === 'quotes.json') {
    const stream = record(path, res)
    res.writeHead(200, json)
    res.write('{')
    stream.bytes = 1
    const timer = setInterval(() => {
      if (stream.closed) return clearInterval(timer)
      res.write(' ')
      stream.bytes += 1
    }, 1000)
    timers.add(timer)
    return true
  }
  if (path === 'series/spx.json') {
    const stream = record(path, res)
    res.writeHead(200, { ...json, 'content-length': String(200_000_000) })
    pump(res, stream, 200_000_000)
    return true
  }
  if (path === 'series/ixic.json') {
    const stream = record(path, res)
    res.writeHead(200, json)
    pump(res, stream, 1024 * MB)
    return true
  }
  if (path === 'series/hstech.json') {
    res.writeHead(301, { location: `${elsewhere.url}series/hstech.json` })
    res.end()
    return true
  }
  return false
}

test.beforeAll(async () => {
  elsewhere = await startStaticServer({
    root: resolve('mocks/fixtures'),
    headers: { 'access-control-allow-origin': '*' },
    onRequest: () => (elsewhereRequests += 1),
  })
  app = await serveBuild({
    config: { timeZone: 'Europe/London' },
    intercept: hostile,
  })
})

test.afterAll(async () => {
  for (const timer of timers) clearInterval(timer)
  await app?.close()
  await elsewhere?.close()
})

test('trickling, oversized and redirected feed documents end in words, and their connections are let go', async ({
  page,
}) => {
  test.slow()
  await page.goto(app.url)
  const markets = page.getByRole('region', { name: 'Market reaction' })
  await page.getByRole('list', { name: 'Market snapshot' }).scrollIntoViewIfNeeded()

  // 200 MB declared: refused from the headers, and the connection closed after a few MB at most.
  const spx = markets.getByRole('article', { name: 'S&P 500' })
  await spx.scrollIntoViewIfNeeded()
  await expect(spx.getByRole('alert')).toContainText(
    'series/spx.json is larger than 5 MB (191 MB or more) and was not read',
  )
  await expect.poll(() => streams.get('series/spx.json')?.[0]?.closed).toBe(true)
  // 1 GB with no length: read up to the cap, then cancelled.
  const ixic = markets.getByRole('article', { name: 'Nasdaq Composite' })
  await ixic.scrollIntoViewIfNeeded()
  await expect(ixic.getByRole('alert')).toContainText('is larger than 5 MB')
  await expect.poll(() => streams.get('series/ixic.json')?.[0]?.closed).toBe(true)
  // A redirect to another site: an error, and that site's data is not shown.
  const hstech = markets.getByRole('article', { name: 'Hang Seng Tech Index' })
  await hstech.scrollIntoViewIfNeeded()
  await expect(hstech.getByRole('alert')).toContainText(
    'series/hstech.json: the feed redirected to another site',
  )
  await expect(hstech.locator('.recharts-surface')).toHaveCount(0)

  // One byte a second: after the 15 s deadline the request is dropped and tried again.
  const quotes = page.getByRole('region', { name: 'Quote wall' })
  await expect(quotes.getByRole('status').filter({ hasText: /retrying \(1 of 3\)/ })).toBeVisible({
    timeout: test.info().timeout,
  })
  await expect.poll(() => streams.get('quotes.json')?.[0]?.closed).toBe(true)
  await expect.poll(() => streams.get('quotes.json')?.length).toBeGreaterThanOrEqual(2)

  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  const figures = {
    heapAfterGcMb: Math.round(usedSize / 1024 / 1024),
    spxBytes: streams.get('series/spx.json')![0]!.bytes,
    ixicBytes: streams.get('series/ixic.json')![0]!.bytes,
    quotesBytes: streams.get('quotes.json')![0]!.bytes,
    spxRequests: streams.get('series/spx.json')!.length,
    elsewhereRequests,
  }
  console.log(JSON.stringify(figures))
  test.info().annotations.push({ type: 'figures', description: JSON.stringify(figures) })
  // What the server got out before the browser let go: the app reads at most 5 MB, the rest is
  // buffers on the way. Chromium's network service reads on for a moment after the page cancels
  // (17 MB more in one trial), and the kernel's socket buffers grow up to 32 MB here, so the
  // figures range from 4 to 52 MB: far below the declared 200 MB and the 1 GB, which is the point.
  expect(figures.spxBytes).toBeLessThan(100 * MB)
  expect(figures.ixicBytes).toBeLessThan(200 * MB)
  expect(figures.spxRequests).toBe(1)
})
