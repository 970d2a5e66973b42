import { delay, http, HttpResponse, type RequestHandler } from 'msw'
import { fixtureDocuments } from './handlers'

/**
 * Named fault scenarios for the demo feed (`?scenario=flaky` in demo mode) and for tests. Each one
 * breaks one resource (the quotes unless said otherwise), so the other panels show what stays
 * untouched. Handlers are created fresh per call: counters (e.g. "500 three times") start at zero.
 */
export const scenarios = {
  flaky: 'quotes.json answers 500 three times, then succeeds',
  'not-found': 'quotes.json answers 404',
  'rate-limited': 'quotes.json answers 429 with Retry-After: 2, then succeeds',
  unavailable: 'quotes.json answers 503 with Retry-After: 2, then succeeds',
  'network-error': 'quotes.json fails at the network level',
  hang: 'quotes.json never answers (the client aborts at its timeout and retries)',
  truncated: 'quotes.json is cut off mid-JSON',
  'html-200': 'quotes.json is an HTML error page with status 200',
  'one-invalid': 'one quote of many is invalid',
  'all-invalid': 'every quote is invalid',
  empty: 'every list in the feed is empty',
  huge: 'quotes.json is a 50 MB body',
  'bad-series': 'the Hang Seng Tech series holds NaN, Infinity and strings',
  'no-offset': 'session and quote timestamps lack a UTC offset',
  'duplicate-ids': 'two quotes share one id',
  'clock-ahead': "the feed's clock (Date header) runs ten minutes ahead of the viewer's",
} as const

export type ScenarioName = keyof typeof scenarios

export function isScenarioName(name: string): name is ScenarioName {
  return Object.hasOwn(scenarios, name)
}

const path = (resource: string) => `*/demo-feed/${resource}`

type Quotes = { quotes: Record<string, unknown>[] }

function quotesFixture(): Quotes {
  return structuredClone(fixtureDocuments['quotes.json']) as Quotes
}

function json(document: unknown, headers: Record<string, string> = {}) {
  return new HttpResponse(JSON.stringify(document), {
    headers: { 'content-type': 'application/json', ...headers },
  })
}

function failTimesThenServe(times: number, status: number, headers: Record<string, string> = {}) {
  let failures = 0
  return http.get(path('quotes.json'), () => {
    if (failures < times) {
      failures += 1
      return new HttpResponse(null, { status, headers })
    }
    return json(fixtureDocuments['quotes.json'])
  })
}

function hugeBody(bytes: number): ReadableStream<Uint8Array> {
  const chunk = new TextEncoder().encode(`{"quotes":[${'"x",'.repeat(16_384)}`)
  let sent = 0
  return new ReadableStream({
    pull(controller) {
      if (sent >= bytes) return controller.close()
      controller.enqueue(chunk)
      sent += chunk.byteLength
    },
  })
}

export function scenarioHandlers(name: ScenarioName): RequestHandler[] {
  switch (name) {
    case 'flaky':
      return [failTimesThenServe(3, 500)]
    case 'not-found':
      return [http.get(path('quotes.json'), () => new HttpResponse(null, { status: 404 }))]
    case 'rate-limited':
      return [failTimesThenServe(1, 429, { 'retry-after': '2' })]
    case 'unavailable':
      return [failTimesThenServe(1, 503, { 'retry-after': '2' })]
    case 'network-error':
      return [http.get(path('quotes.json'), () => HttpResponse.error())]
    case 'hang':
      return [
        http.get(path('quotes.json'), async () => {
          await delay('infinite')
          return HttpResponse.json({})
        }),
      ]
    case 'truncated':
      return [
        http.get(
          path('quotes.json'),
          () =>
            new HttpResponse(JSON.stringify(fixtureDocuments['quotes.json']).slice(0, 500), {
              headers: { 'content-type': 'application/json' },
            }),
        ),
      ]
    case 'html-200':
      return [
        http.get(path('quotes.json'), () =>
          HttpResponse.html('<!doctype html><html><body><h1>502 Bad Gateway</h1></body></html>'),
        ),
      ]
    case 'one-invalid':
      return [
        http.get(path('quotes.json'), () => {
          const feed = quotesFixture()
          feed.quotes[1] = { ...feed.quotes[1], tone: 42 }
          return json(feed)
        }),
      ]
    case 'all-invalid':
      return [
        http.get(path('quotes.json'), () =>
          HttpResponse.json({
            quotes: quotesFixture().quotes.map((q) => ({ ...q, personId: null })),
          }),
        ),
      ]
    case 'empty':
      return [
        http.get(path('sessions.json'), () => HttpResponse.json({ sessions: [] })),
        http.get(path('developments.json'), () => HttpResponse.json({ developments: [] })),
        http.get(path('quotes.json'), () => HttpResponse.json({ quotes: [] })),
        http.get(path('issues.json'), () => HttpResponse.json({ issues: [], scenarios: [] })),
        http.get(path('markets.json'), () => HttpResponse.json({ instruments: [] })),
      ]
    case 'huge':
      return [
        http.get(
          path('quotes.json'),
          () =>
            new HttpResponse(hugeBody(50 * 1024 * 1024), {
              headers: { 'content-type': 'application/json' },
            }),
        ),
      ]
    case 'bad-series':
      return [
        http.get(path('series/hstech.json'), () => {
          const series = structuredClone(fixtureDocuments['series/hstech.json']) as {
            points: { v: unknown }[]
          }
          // JSON has no NaN or Infinity: broken producers send them as strings or null.
          const bad: unknown[] = ['NaN', 'Infinity', null, '12.5']
          bad.forEach((value, i) => {
            const point = series.points[i * 7]
            if (point) point.v = value
          })
          return json(series)
        }),
      ]
    case 'no-offset':
      return [
        http.get(path('quotes.json'), () => {
          const feed = quotesFixture()
          feed.quotes = feed.quotes.map((q, i) =>
            i === 0 ? { ...q, saidAt: String(q.saidAt).slice(0, 19) } : q,
          )
          return json(feed)
        }),
      ]
    case 'duplicate-ids':
      return [
        http.get(path('quotes.json'), () => {
          const feed = quotesFixture()
          feed.quotes.push({ ...feed.quotes[0], text: 'A second record with the same id' })
          return json(feed)
        }),
      ]
    case 'clock-ahead':
      return [
        http.get(`*/demo-feed/*`, ({ request }) => {
          const resource = new URL(request.url).pathname.split('/demo-feed/')[1] ?? ''
          const document = fixtureDocuments[resource]
          if (document === undefined) return new HttpResponse(null, { status: 404 })
          return json(document, { date: new Date(Date.now() + 10 * 60_000).toUTCString() })
        }),
      ]
  }
}
