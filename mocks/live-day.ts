import { http, HttpResponse, type RequestHandler } from 'msw'
import {
  developmentsAsOf,
  indexAsOf,
  type RoundAsOf,
  instrumentsAsOf,
  quotesAsOf,
  seriesAsOf,
  sessionsAsOf,
} from '../src/feed/as-of'
import { dateTimeSchema } from '../src/feed/schemas/common'
import { rawParam } from '../src/hooks/url-params'
import { documentSchemas } from '../src/feed/schemas/documents'
import type { Series } from '../src/feed/schemas/types'
import { demoFeedPath, fixtureDocuments } from './handlers'

/**
 * The demo as a live day: the fixtures served as they stood at a simulated time,
 *   simNow = start + (wallNow - wallAtStart) * speed,
 * so sessions open and close, quotes arrive and prices move, with no network. `index.pinnedNow`
 * is simNow on every answer (the page's clock follows it).
 */

export const liveDaySpeeds = [1, 10, 60] as const
export type LiveDaySpeed = (typeof liveDaySpeeds)[number]

/**
 * Default start: 2025-06-09T03:15:00Z (04:15 London, 11:15 Beijing), 45 simulated minutes before
 * the first quote of the day (Robin Xing's note, ~12:00 Beijing = 04:00Z). At 60x that quote arrives
 * 45 s after the page opens; the Chinese data releases (01:30Z and 03:00Z) are already out, and the
 * Hang Seng Tech and CSI 300 are trading, so prices move from the first refresh. Day 1 opens at
 * 12:00Z (8 min 45 s of wall time at 60x). `?start=` starts anywhere else.
 */
export const defaultLiveDayStart = Date.parse('2025-06-09T03:15:00Z')
export const defaultLiveDaySpeed: LiveDaySpeed = 60

export type LiveDayOptions = {
  /** Simulated time at which the day starts playing (ms since epoch). */
  start?: number
  speed?: LiveDaySpeed
  /** The wall clock (ms); injectable for tests. */
  now?: () => number
}

/** The simulated clock: the simulated time now, starting at `start` when created. */
export function liveDayClock({
  start = defaultLiveDayStart,
  speed = defaultLiveDaySpeed,
  now = Date.now,
}: LiveDayOptions = {}) {
  const wallAtStart = now()
  return () => start + (now() - wallAtStart) * speed
}

type Parsed = {
  index: ReturnType<typeof documentSchemas.index.parse>
  sessions: ReturnType<typeof documentSchemas.sessions.parse>
  developments: ReturnType<typeof documentSchemas.developments.parse>
  quotes: ReturnType<typeof documentSchemas.quotes.parse>
  issues: ReturnType<typeof documentSchemas.issues.parse>
  markets: ReturnType<typeof documentSchemas.markets.parse>
  series: Map<string, Series>
}

let parsed: Parsed | null = null

/** The fixtures, validated once (they are tested to be valid; a broken one answers 500). */
function fixtures(): Parsed {
  if (parsed) return parsed
  const series = new Map<string, Series>()
  for (const [path, document] of Object.entries(fixtureDocuments)) {
    if (!path.startsWith('series/')) continue
    const one = documentSchemas.series.parse(document)
    series.set(one.instrumentId, one)
  }
  parsed = {
    index: documentSchemas.index.parse(fixtureDocuments['index.json']),
    sessions: documentSchemas.sessions.parse(fixtureDocuments['sessions.json']),
    developments: documentSchemas.developments.parse(fixtureDocuments['developments.json']),
    quotes: documentSchemas.quotes.parse(fixtureDocuments['quotes.json']),
    issues: documentSchemas.issues.parse(fixtureDocuments['issues.json']),
    markets: documentSchemas.markets.parse(fixtureDocuments['markets.json']),
    series,
  }
  return parsed
}

/** One feed document (path under the feed base, e.g. `quotes.json`, `series/spx.json`) as of t. */
export function liveDayDocument(path: string, t: number, speed = 1): unknown {
  const feed = fixtures()
  switch (path) {
    case 'index.json': {
      // As a publisher would have served it at t: without the replay's own bookkeeping.
      const { rounds, pinnedNow, generatedAt } = indexAsOf(feed.index, t)
      const listed = rounds.map(({ knownThroughSessions: _, ...round }: RoundAsOf) => round)
      return { ...feed.index, rounds: listed, pinnedNow, generatedAt, clockRate: speed }
    }
    case 'sessions.json':
      return { sessions: sessionsAsOf(feed.sessions.sessions, t) }
    case 'developments.json':
      return { developments: developmentsAsOf(feed.developments.developments, t) }
    case 'quotes.json':
      return { quotes: quotesAsOf(feed.quotes.quotes, t) }
    case 'issues.json':
      return feed.issues
    case 'markets.json':
      return {
        instruments: instrumentsAsOf(feed.markets.instruments, feed.series, t).map(
          (r) => r.instrument,
        ),
      }
  }
  const match = /^series\/(.+)\.json$/.exec(path)
  const series = match ? feed.series.get(decodeURIComponent(match[1] ?? '')) : undefined
  return series ? seriesAsOf(series, t) : undefined
}

/** MSW handlers serving the demo feed at the simulated time; same paths as mocks/handlers.ts. */
export function liveDayHandlers(options: LiveDayOptions = {}): RequestHandler[] {
  const wall = options.now ?? Date.now
  const simNow = liveDayClock({ ...options, now: wall })
  const answer = (path: string) => {
    const document = liveDayDocument(path, simNow(), options.speed ?? defaultLiveDaySpeed)
    if (document === undefined) return new HttpResponse(null, { status: 404 })
    // The wall clock as the server's Date (the feed's "now" is pinnedNow); nothing may be cached.
    return HttpResponse.json(document, {
      headers: { date: new Date(wall()).toUTCString(), 'cache-control': 'no-store' },
    })
  }
  return [
    http.get(`*/${demoFeedPath}:resource`, ({ params }) => answer(String(params.resource))),
    http.get(`*/${demoFeedPath}series/:file`, ({ params }) =>
      answer(`series/${String(params.file)}`),
    ),
  ]
}

function isSpeed(value: number): value is LiveDaySpeed {
  return liveDaySpeeds.some((speed) => speed === value)
}

/**
 * The live-day options in a page URL: `?demo=live` turns it on, `&speed=1|10|60` (default 60),
 * `&start=<ISO date-time with offset>` (not `from`: the quote wall's filter) (default 2025-06-09T03:15:00Z). Returns null when the URL
 * does not ask for the live day. Unknown values are ignored with a console warning.
 */
export function parseLiveDayOptions(
  search: string | URLSearchParams,
): { start: number; speed: LiveDaySpeed } | null {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search
  const demo = rawParam('demo', params)
  if (demo === null) return null
  if (demo !== 'live') {
    console.warn(`Demo: unknown ?demo=${demo} ignored (known: live)`)
    return null
  }
  let speed: LiveDaySpeed = defaultLiveDaySpeed
  const rawSpeed = rawParam('speed', params)
  if (rawSpeed !== null) {
    const value = Number(rawSpeed.replace(/x$/i, ''))
    if (isSpeed(value)) speed = value
    else
      console.warn(
        `Demo: ?speed=${rawSpeed} ignored (known: ${liveDaySpeeds.join(', ')}); playing at ${speed}x`,
      )
  }
  let start = defaultLiveDayStart
  const rawFrom = rawParam('start', params)
  if (rawFrom !== null) {
    if (dateTimeSchema.safeParse(rawFrom).success) start = Date.parse(rawFrom)
    else
      console.warn(
        `Demo: ?start=${rawFrom} ignored (an ISO date-time with offset, e.g. 2025-06-09T11:00:00Z)`,
      )
  }
  return { start, speed }
}
