import { readFileSync } from 'node:fs'
import { http, HttpResponse } from 'msw'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { server } from '../../mocks/node'
import { readAnswerApart } from '../../src/feed/read-answer-apart'
import type { ParseRequest } from '../../src/feed/parse-off-thread'
import { replyMessages, type ParseReply } from '../../src/feed/parse-reply'

const base = 'http://localhost/off-thread-feed/'

type Quote = Record<string, unknown> & { id: string; text: string }
const demoQuotes = (
  JSON.parse(readFileSync('mocks/fixtures/quotes.json', 'utf8')) as { quotes: Quote[] }
).quotes

/** Answers over 4 MB are read in the worker (api-client.ts). */
const workerSize = 4 * 1024 * 1024

/**
 * Test data: a quotes document long enough (over 4 MB) to be read in the worker, made of the
 * demo's quotes under new ids with long texts, right-to-left words, one record the contract
 * refuses and one id given twice.
 */
function longQuotesDocument() {
  const quotes: unknown[] = []
  for (let i = 0; quotes.length < 1_200; i++) {
    const quote = demoQuotes[i % demoQuotes.length]!
    quotes.push({
      ...quote,
      id: `test-${i}`,
      text: `${quote.text} (test copy ${i}) ${'test filler '.repeat(300)}مرحبا`,
    })
  }
  quotes.push({ id: 'test-no-speaker', text: 'a record without its speaker' })
  quotes.push({ ...demoQuotes[0], id: 'test-3' })
  return { quotes }
}

/** A worker that runs in the test's own thread, as the browser's would beside the page. */
class InPageWorker {
  static made = 0
  static asked = 0
  onmessage: ((event: { data: ParseReply }) => void) | null = null
  onerror: (() => void) | null = null
  onmessageerror: (() => void) | null = null
  constructor() {
    InPageWorker.made += 1
  }
  postMessage({ id, document, answer }: ParseRequest) {
    InPageWorker.asked += 1
    void (async () => {
      const text = typeof answer === 'string' ? answer : await answer.text()
      for (const data of replyMessages(id, readAnswerApart(document, text)))
        this.onmessage?.({ data })
    })()
  }
  terminate() {}
}

/** A worker the browser refused to start (a policy without worker-src, a file that is gone). */
class RefusedWorker extends InPageWorker {
  override postMessage() {
    setTimeout(() => this.onerror?.(), 0)
  }
}

/** The feed's readers as a fresh page has them, with `Worker` as given (undefined: none). */
async function feedResources(worker: unknown) {
  vi.resetModules()
  vi.stubGlobal('Worker', worker)
  return import('../../src/feed/feed-resources')
}

const readQuotes = async (worker: unknown) =>
  (await feedResources(worker)).getCollection(base, 'quotes')

/** Test data: 30 hours of prices a second apart (over 4 MB), one of them absurd. */
function longSeriesDocument() {
  const start = Date.parse('2025-06-09T13:30:00Z')
  const points = Array.from({ length: 110_000 }, (_, i) => ({
    t: new Date(start + i * 1000).toISOString(),
    v: i === 100 ? 1e30 : Math.round(600000 + Math.sin(i / 50) * 1000) / 100,
  }))
  return {
    instrumentId: 'spx',
    illustrative: true,
    basis: 'level',
    reference: { value: 6000, at: '2025-06-06T20:00:00Z', label: 'Previous close (test data)' },
    points,
  }
}

// The refused records are reported on the console: expected here.
beforeEach(() => void vi.spyOn(console, 'warn').mockImplementation(() => undefined))

afterEach(() => {
  vi.restoreAllMocks()
  vi.unstubAllGlobals()
  InPageWorker.made = 0
  InPageWorker.asked = 0
})

describe('a long collection read apart from the page', () => {
  it('gives the panels what reading it on the page gives: records, dropped ones, isolated text', async () => {
    const document = longQuotesDocument()
    expect(JSON.stringify(document).length).toBeGreaterThan(workerSize)
    server.use(http.get('*/off-thread-feed/quotes.json', () => HttpResponse.json(document)))

    const onPage = await readQuotes(undefined)
    const apart = await readQuotes(InPageWorker)

    expect(InPageWorker.asked).toBe(1)
    expect(apart).toEqual(onPage)
    expect(apart.quotes).toHaveLength(1_200)
    expect(apart.problems.map((p) => p.path)).toEqual(
      expect.arrayContaining(['$.quotes[1200].personId', '$.quotes[1201].id']),
    )
    // Right-to-left text comes isolated, so it cannot turn the words around it.
    expect(apart.quotes[0]!.text).toMatch(/^\u2068.*مرحبا\u2069$/)
  })

  it('a long price series: the same points and the same refused one', async () => {
    const document = longSeriesDocument()
    expect(JSON.stringify(document).length).toBeGreaterThan(workerSize)
    server.use(http.get('*/off-thread-feed/series/spx.json', () => HttpResponse.json(document)))

    const onPage = await (await feedResources(undefined)).getSeries(base, 'spx')
    const apart = await (await feedResources(InPageWorker)).getSeries(base, 'spx')

    expect(InPageWorker.asked).toBe(1)
    expect(apart).toEqual(onPage)
    expect(apart.series.points).toHaveLength(109_999)
    expect(apart.problems.map((p) => p.path)).toEqual(['$.points[100].v'])
  })

  it('the worker starts when the headers announce a long document, before its body is in', async () => {
    const text = JSON.stringify(longQuotesDocument())
    let sendBody!: () => void
    const bodyHeld = new Promise<void>((resolve) => (sendBody = resolve))
    server.use(
      http.get('*/off-thread-feed/quotes.json', () => {
        const bytes = new TextEncoder().encode(text)
        const body = new ReadableStream<Uint8Array>({
          async start(controller) {
            await bodyHeld
            controller.enqueue(bytes)
            controller.close()
          },
        })
        return new HttpResponse(body, {
          headers: { 'content-type': 'application/json', 'content-length': String(bytes.length) },
        })
      }),
    )
    const quotes = readQuotes(InPageWorker)
    await vi.waitFor(() => expect(InPageWorker.made).toBe(1))
    expect(InPageWorker.asked).toBe(0)
    sendBody()
    expect((await quotes).quotes).toHaveLength(1_200)
    expect(InPageWorker.asked).toBe(1)
  })

  it('a long document under 4 MB is read on the page, sooner than a worker would hand it back', async () => {
    const quotes = Array.from({ length: 2_000 }, (_, i) => ({ ...demoQuotes[0], id: `test-${i}` }))
    expect(JSON.stringify({ quotes }).length).toBeGreaterThan(256 * 1024)
    server.use(http.get('*/off-thread-feed/quotes.json', () => HttpResponse.json({ quotes })))
    expect((await readQuotes(InPageWorker)).quotes).toHaveLength(2_000)
    expect(InPageWorker.made).toBe(0)
  })

  it('a short document is read on the page, with no worker started', async () => {
    server.use(
      http.get('*/off-thread-feed/quotes.json', () => HttpResponse.json({ quotes: demoQuotes })),
    )
    const quotes = await readQuotes(InPageWorker)
    expect(quotes.quotes).toHaveLength(demoQuotes.length)
    expect(InPageWorker.made).toBe(0)
  })

  it('where the browser refuses the worker, the page reads the answer itself', async () => {
    const document = longQuotesDocument()
    server.use(http.get('*/off-thread-feed/quotes.json', () => HttpResponse.json(document)))
    const refused = await readQuotes(RefusedWorker)
    expect(refused.quotes).toHaveLength(1_200)

    const throwing = vi.fn(() => {
      throw new DOMException('refused by the page policy', 'SecurityError')
    })
    const notStarted = await readQuotes(throwing)
    expect(throwing).toHaveBeenCalled()
    expect(notStarted).toEqual(refused)
  })

  it('an error page or cut-off JSON says so, as when read on the page', async () => {
    const filler = 'x'.repeat(workerSize)
    server.use(
      http.get('*/off-thread-feed/quotes.json', () =>
        HttpResponse.html(`<html><body>Gateway timeout ${filler}</body></html>`),
      ),
    )
    await expect(readQuotes(InPageWorker)).rejects.toMatchObject({ kind: 'error-page' })
    expect(InPageWorker.asked).toBe(1)

    server.use(
      http.get(
        '*/off-thread-feed/quotes.json',
        () =>
          new HttpResponse(`{"quotes": ["${filler}`, {
            headers: { 'content-type': 'application/json' },
          }),
      ),
    )
    await expect(readQuotes(InPageWorker)).rejects.toMatchObject({ kind: 'not-json' })
  })
})
