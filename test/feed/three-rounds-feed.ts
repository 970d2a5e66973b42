/**
 * A feed of three rounds built for tests (fictional content, not the demo's article): Geneva,
 * London and Stockholm, two sessions each over three months of 2025, all concluded; no
 * developments; a delegation member with no quotes; a quote given to CNBC in New York about a
 * Stockholm session. Read on the real clock, everything in it is over.
 */
import { http, HttpResponse, type HttpHandler } from 'msw'

const round = (
  id: string,
  name: string,
  location: string,
  venue: string,
  timeZone: string,
  outcome?: string,
) => ({
  id,
  name,
  location,
  venue,
  timeZone,
  ...(outcome ? { outcome } : {}),
})

const delegations = [
  { partyId: 'us', leadPersonIds: ['us-lead'], memberPersonIds: [] },
  { partyId: 'cn', leadPersonIds: ['cn-lead'], memberPersonIds: ['cn-member'] },
]

const session = (
  roundId: string,
  id: string,
  title: string,
  start: string,
  end: string,
  venue: string,
) => ({
  id,
  roundId,
  title,
  start,
  startPrecision: 'exact',
  end,
  endPrecision: 'exact',
  status: 'concluded',
  venue,
  format: 'closed-door',
  delegations,
  topicIds: ['tariffs'],
  summary: `Test session (fictional): ${title}.`,
  outcomeSignals: [],
  sourceIds: ['test-source'],
})

const quote = (
  id: string,
  roundId: string,
  sessionId: string | null,
  personId: string,
  saidAt: string,
  text: string,
  extra: Record<string, unknown> = {},
) => ({
  id,
  roundId,
  personId,
  text,
  saidAt,
  saidAtPrecision: 'exact',
  setting: 'To reporters',
  place: null,
  context: null,
  sessionId,
  topicIds: ['tariffs'],
  tone: 'neutral',
  sourceIds: ['test-source'],
  ...extra,
})

export function threeRoundsFeed(overrides: { demo?: boolean } = {}) {
  const index = {
    title: 'Test talks: three rounds',
    version: '1.0',
    generatedAt: '2025-07-30T12:00:00Z',
    ...(overrides.demo ? { demo: true } : {}),
    notes: ['Fictional test feed: not real quotes.'],
    sources: [{ id: 'test-source', name: 'Test source (fictional)' }],
    rounds: [
      round('geneva-2025-05', 'Geneva round', 'Geneva', 'Villa Test', 'Europe/Zurich'),
      round('london-2025-06', 'London round', 'London', 'Test House', 'Europe/London'),
      round(
        'stockholm-2025-07',
        'Stockholm round',
        'Stockholm',
        'Test Hall',
        'Europe/Stockholm',
        'Both sides agreed to keep talking (test outcome).',
      ),
    ],
    parties: [
      { id: 'us', name: 'United States', shortName: 'US', kind: 'government' },
      { id: 'cn', name: 'China', shortName: 'China', kind: 'government' },
    ],
    people: [
      {
        id: 'us-lead',
        name: 'Avery Test',
        kind: 'person',
        role: 'US lead negotiator',
        organisation: 'Test Department',
        partyId: 'us',
      },
      {
        id: 'cn-lead',
        name: 'Bo Test',
        kind: 'person',
        role: 'China lead negotiator',
        organisation: 'Test Ministry',
        partyId: 'cn',
      },
      {
        id: 'cn-member',
        name: 'Chen Silent',
        kind: 'person',
        role: 'Delegation member',
        organisation: 'Test Ministry',
        partyId: 'cn',
      },
    ],
    topics: [{ id: 'tariffs', label: 'Tariffs' }],
  }
  const sessions = [
    session(
      'geneva-2025-05',
      'geneva-day-1',
      'Day 1',
      '2025-05-10T10:00:00+02:00',
      '2025-05-10T18:00:00+02:00',
      'Villa Test',
    ),
    session(
      'geneva-2025-05',
      'geneva-day-2',
      'Day 2',
      '2025-05-11T10:00:00+02:00',
      '2025-05-11T17:00:00+02:00',
      'Villa Test',
    ),
    session(
      'london-2025-06',
      'london-day-1',
      'Day 1',
      '2025-06-09T13:00:00+01:00',
      '2025-06-09T19:00:00+01:00',
      'Test House',
    ),
    session(
      'london-2025-06',
      'london-day-2',
      'Day 2',
      '2025-06-10T10:00:00+01:00',
      '2025-06-10T20:00:00+01:00',
      'Test House',
    ),
    session(
      'stockholm-2025-07',
      'stockholm-day-1',
      'Day 1',
      '2025-07-28T13:00:00+02:00',
      '2025-07-28T19:00:00+02:00',
      'Test Hall',
    ),
    session(
      'stockholm-2025-07',
      'stockholm-day-2',
      'Day 2',
      '2025-07-29T10:00:00+02:00',
      '2025-07-29T16:00:00+02:00',
      'Test Hall',
    ),
  ]
  const quotes = [
    quote(
      'geneva-lead',
      'geneva-2025-05',
      'geneva-day-1',
      'us-lead',
      '2025-05-10T19:00:00+02:00',
      'A test remark in Geneva.',
      { place: 'Villa Test, Geneva' },
    ),
    quote(
      'london-lead',
      'london-2025-06',
      'london-day-2',
      'cn-lead',
      '2025-06-10T21:00:00+01:00',
      'A test remark in London.',
      { place: 'Test House, London' },
    ),
    quote(
      'cnbc-new-york',
      'stockholm-2025-07',
      'stockholm-day-1',
      'us-lead',
      '2025-07-29T08:00:00-04:00',
      'A test remark to CNBC in New York.',
      {
        setting: 'To CNBC',
        place: 'CNBC studio, New York',
        location: { name: 'New York', timeZone: 'America/New_York' },
      },
    ),
  ]
  const issues = {
    issues: [
      {
        id: 'tariff-levels',
        roundId: 'stockholm-2025-07',
        topicId: 'tariffs',
        title: 'Tariff levels',
        usAsk: 'Test ask (fictional).',
        chinaPosition: 'Test position (fictional).',
        status: 'in-discussion',
        notes: [],
        sourceIds: ['test-source'],
      },
    ],
    scenarios: [],
  }
  return {
    'index.json': index,
    'sessions.json': { sessions },
    'developments.json': { developments: [] },
    'quotes.json': { quotes },
    'issues.json': issues,
    'markets.json': { instruments: [] },
  } as Record<string, unknown>
}

/** MSW handlers serving the documents at a base URL ("http://localhost/demo-feed/" for the test runtime). */
export function serveFeed(
  documents: Record<string, unknown>,
  base = '*/demo-feed/',
): HttpHandler[] {
  return [
    http.get(`${base}:resource`, ({ params }) => {
      const document = documents[String(params.resource)]
      return document === undefined
        ? new HttpResponse(null, { status: 404 })
        : HttpResponse.json(document)
    }),
  ]
}

/** The six sessions as named outside their round, in time order. */
export const threeRoundsSessionNames = [
  'Geneva, Day 1',
  'Geneva, Day 2',
  'London, Day 1',
  'London, Day 2',
  'Stockholm, Day 1',
  'Stockholm, Day 2',
]

/** `count` fictional developments in the Stockholm round, `stepMinutes` apart from 28 Jul 09:00 UTC. */
export function stockholmDevelopments(count: number, stepMinutes: number, topicIds: string[] = []) {
  const start = Date.parse('2025-07-28T09:00:00Z')
  return {
    developments: Array.from({ length: count }, (_, i) => ({
      id: `test-development-${i}`,
      roundId: 'stockholm-2025-07',
      kind: 'report',
      title: `Test development ${i + 1} (fictional)`,
      at: new Date(start + i * stepMinutes * 60_000).toISOString(),
      atPrecision: 'exact',
      summary: 'A fictional development for a test.',
      partyId: null,
      personIds: [],
      topicIds,
      figures: [],
      sourceIds: ['test-source'],
    })),
  }
}
