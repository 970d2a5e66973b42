// eslint-disable-next-line testing-library/no-manual-cleanup -- many pages in one test, each run on an empty one
import { cleanup, screen, waitFor, within } from '@testing-library/react'
import fc from 'fast-check'
import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { server } from '../../mocks/node'
import { DashboardPage } from '../../src/app/dashboard-page'
import { FeedClock } from '../../src/app/feed-clock'
import { renderWithFeed } from '../render'
import indexDoc from '../../mocks/fixtures/index.json'
import sessionsDoc from '../../mocks/fixtures/sessions.json'
import developmentsDoc from '../../mocks/fixtures/developments.json'
import quotesDoc from '../../mocks/fixtures/quotes.json'
import issuesDoc from '../../mocks/fixtures/issues.json'
import marketsDoc from '../../mocks/fixtures/markets.json'
import spx from '../../mocks/fixtures/series/spx.json'
import ixic from '../../mocks/fixtures/series/ixic.json'
import hstech from '../../mocks/fixtures/series/hstech.json'
import csi300 from '../../mocks/fixtures/series/csi300.json'
import brent from '../../mocks/fixtures/series/brent.json'
import dxy from '../../mocks/fixtures/series/dxy.json'

// Test data: the demo's documents cut and changed the ways a desk's feed differs from it (lists
// emptied or thinned, sessions without an end or a venue, prices and changes not given, series
// missing, empty or of one point), read at moments before, during and long after the talks.

const moments = [
  Date.parse('2025-06-01T08:00:00Z'),
  Date.parse('2025-06-09T14:30:00+01:00'),
  Date.parse('2025-06-10T09:15:00+01:00'),
  Date.parse('2025-06-10T15:00:00+01:00'),
  Date.parse('2026-03-02T12:00:00Z'),
]

/** The page's address: zones far apart, a second zone, the other densities and orders, replay, windows. */
const pages = [
  '?tz=Europe/London',
  '?tz=Asia/Tokyo&tz2=America/New_York',
  '?tz=Pacific/Chatham&density=compact',
  '?tz=America/Los_Angeles&order=newest&sort=oldest',
  '?tz=Europe/London&asof=2025-06-09T18:00:00Z',
  '?tz=UTC&window=all',
  '?tz=Europe/Paris&window=last:1h',
]

type Doc = Record<string, unknown>
const sessionChange = fc.constantFrom('as-is', 'no-end', 'in-session', 'scheduled', 'no-venue')
const instrumentChange = fc.constantFrom(
  'as-is',
  'no-last',
  'no-change',
  'no-series',
  'empty-series',
  'one-point',
)

function feedFrom(
  documents: Record<string, Doc>,
  picks: {
    sessions: [number, string][]
    developments: number[]
    quotes: [number, boolean][]
    issues: number[]
    instruments: [number, string][]
    now: number
    page: string
    /** A second round in Geneva 40 days on, its sessions and developments copies of the first's. */
    secondRound: boolean
  },
): Record<string, unknown> {
  const list = <T,>(doc: string, key: string) => documents[doc]![key] as T[]
  const sessions = list<Doc>('sessions.json', 'sessions')
  const feed: Record<string, unknown> = {
    'index.json': { ...documents['index.json'], pinnedNow: new Date(picks.now).toISOString() },
    'sessions.json': {
      sessions: picks.sessions.map(([i, change]) => {
        const session = sessions[i % sessions.length]!
        if (change === 'no-end') return { ...session, end: null }
        if (change === 'no-venue') return { ...session, venue: null }
        if (change === 'in-session' || change === 'scheduled') return { ...session, status: change }
        return session
      }),
    },
    'developments.json': {
      developments: picks.developments.map(
        (i) => list<Doc>('developments.json', 'developments')[i],
      ),
    },
    'quotes.json': {
      quotes: picks.quotes.map(([i, noSession]) => {
        const quote = list<Doc>('quotes.json', 'quotes')[i]!
        return noSession ? { ...quote, sessionId: null } : quote
      }),
    },
    'issues.json': {
      ...documents['issues.json'],
      issues: picks.issues.map((i) => list<Doc>('issues.json', 'issues')[i]),
    },
  }
  if (picks.secondRound) addSecondRound(feed)
  const instruments = list<Doc>('markets.json', 'instruments')
  feed['markets.json'] = {
    instruments: picks.instruments.map(([i, change]) => {
      const instrument = instruments[i]!
      const path = `series/${String(instrument.id)}.json`
      const series = documents[path]!
      const points = series.points as unknown[]
      if (change !== 'no-series')
        feed[path] =
          change === 'empty-series'
            ? { ...series, points: [] }
            : change === 'one-point'
              ? { ...series, points: points.slice(-1) }
              : series
      if (change === 'no-last') return { ...instrument, last: null }
      if (change === 'no-change') return { ...instrument, change: null, changePercent: null }
      return instrument
    }),
  }
  return feed
}

const demoDocuments = (): Record<string, Doc> => ({
  'index.json': indexDoc,
  'sessions.json': sessionsDoc,
  'developments.json': developmentsDoc,
  'quotes.json': quotesDoc,
  'issues.json': issuesDoc,
  'markets.json': marketsDoc,
  ...Object.fromEntries(
    Object.entries({ spx, ixic, hstech, csi300, brent, dxy }).map(([id, doc]) => [
      `series/${id}.json`,
      doc,
    ]),
  ),
})

const later = (iso: unknown) =>
  typeof iso === 'string' ? new Date(Date.parse(iso) + 40 * 86_400_000).toISOString() : iso

function addSecondRound(feed: Record<string, unknown>) {
  const round = 'test-round-2'
  const index = feed['index.json'] as Doc & { rounds: Doc[] }
  feed['index.json'] = {
    ...index,
    rounds: [
      ...index.rounds,
      {
        id: round,
        name: 'Geneva round (test)',
        location: 'Geneva',
        venue: 'Test Hall',
        timeZone: 'Europe/Zurich',
      },
    ],
  }
  const sessions = (feed['sessions.json'] as { sessions: Doc[] }).sessions
  feed['sessions.json'] = {
    sessions: [
      ...sessions,
      ...sessions.map((s) => ({
        ...s,
        id: `${String(s.id)}-2`,
        roundId: round,
        start: later(s.start),
        end: later(s.end),
      })),
    ],
  }
  const developments = (feed['developments.json'] as { developments: Doc[] }).developments
  feed['developments.json'] = {
    developments: [
      ...developments,
      ...developments.map((d) => ({
        ...d,
        id: `${String(d.id)}-2`,
        roundId: round,
        at: later(d.at),
      })),
    ],
  }
}

/** Words a page must never show: a value that was missing or broken, printed as it came. */
const brokenWords = /NaN|undefined|Invalid Date|Infinity|\[object Object\]|\bnull\b/

/** The page's text pieces (each text node, so words of two pieces never run together) that show one. */
function brokenText(): string[] {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
  const found: string[] = []
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (brokenWords.test(node.nodeValue ?? '')) found.push(node.nodeValue ?? '')
  for (const element of document.body.querySelectorAll('[title], [aria-label]'))
    for (const name of ['title', 'aria-label'])
      if (brokenWords.test(element.getAttribute(name) ?? ''))
        found.push(`${name}: ${element.getAttribute(name)}`)
  return found
}

afterEach(() => vi.restoreAllMocks())

describe('the dashboard on feeds cut and changed from the demo', () => {
  it('shows every region without a crash, a warning or a broken value', async () => {
    const documents = demoDocuments()
    const count = (doc: string, key: string) => (documents[doc]![key] as unknown[]).length
    const indices = (n: number) =>
      fc.uniqueArray(fc.nat({ max: n - 1 }), { maxLength: n }).map((a) => a.sort((x, y) => x - y))
    const picks = fc.record({
      sessions: fc.uniqueArray(
        fc.tuple(fc.nat({ max: count('sessions.json', 'sessions') - 1 }), sessionChange),
        {
          maxLength: count('sessions.json', 'sessions'),
          selector: ([i]) => i,
        },
      ),
      developments: indices(count('developments.json', 'developments')),
      quotes: fc.uniqueArray(
        fc.tuple(fc.nat({ max: count('quotes.json', 'quotes') - 1 }), fc.boolean()),
        {
          maxLength: count('quotes.json', 'quotes'),
          selector: ([i]) => i,
        },
      ),
      issues: indices(count('issues.json', 'issues')),
      instruments: fc.uniqueArray(
        fc.tuple(fc.nat({ max: count('markets.json', 'instruments') - 1 }), instrumentChange),
        { maxLength: count('markets.json', 'instruments'), selector: ([i]) => i },
      ),
      now: fc.constantFrom(...moments),
      page: fc.constantFrom(...pages),
      secondRound: fc.boolean(),
    })
    await fc.assert(
      fc.asyncProperty(picks, async (picked) => {
        const feed = feedFrom(documents, picked)
        server.use(
          http.get('*/demo-feed/*', ({ request }) => {
            const body = feed[new URL(request.url).pathname.split('/demo-feed/')[1] ?? '']
            return body === undefined
              ? new HttpResponse(null, { status: 404 })
              : HttpResponse.json(body)
          }),
        )
        // A failing run leaves its page: each starts on an empty one.
        cleanup()
        const errors = vi.spyOn(console, 'error')
        window.history.replaceState(null, '', `/${picked.page}`)
        // The page's clock as the app sets it: the feed's pinned moment, or the replayed one.
        renderWithFeed(
          <FeedClock>
            <DashboardPage />
          </FeedClock>,
        )
        const wall = screen.getByRole('region', { name: 'Quote wall' })
        await within(wall).findByText(/^\d+ of \d+ quotes?$/, {}, { timeout: 10_000 })
        await screen.findByRole('region', { name: 'Market reaction' }, { timeout: 10_000 })
        await waitFor(() => expect(document.querySelectorAll('[data-loading]')).toHaveLength(0), {
          timeout: 10_000,
        })
        expect(brokenText()).toEqual([])
        expect(screen.queryByText(/panel stopped working/)).toBeNull()
        // The one warning test/setup.ts's stand-in for ResizeObserver causes (and keeps quiet).
        const said = errors.mock.calls
          .map((call) => String(call[0]))
          .filter((message) => !message.startsWith('flushSync was called from inside'))
        expect(said).toEqual([])
        errors.mockRestore()
      }),
      { numRuns: Number(process.env.ANY_FEED_RUNS ?? 12) },
    )
  }, 120_000)
})
