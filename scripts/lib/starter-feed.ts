/**
 * A small starter feed for a fictional negotiation (Northland and Southland, in Geneva), dated
 * around `now` so it reads as live: Day 1 on the last working day before today, Day 2 on the next
 * one after it, and an index that trades on working days, as a team's real one would. Every
 * document of the feed, valid and consistent (it passes feed:check --strict). Nothing in it is
 * real: no one is quoted.
 */
import { wallClock, zonedTimeToUtc } from '../../src/lib/zoned-time'

const zone = 'Europe/Zurich'
const source = 'starter'
const fictional = 'Fictional example written by npm run feed:new: replace it with your own.'

function addDays(dateYmd: string, days: number): string {
  const [y, m, d] = dateYmd.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10)
}

const weekdays = [1, 2, 3, 4, 5]

/** The nearest working day (Monday to Friday) before (`step` -1) or after (1) `dateYmd`. */
function workingDay(dateYmd: string, step: 1 | -1): string {
  let date = addDays(dateYmd, step)
  while (!weekdays.includes(new Date(`${date}T12:00:00Z`).getUTCDay())) date = addDays(date, step)
  return date
}

export function starterFeed(now: number = Date.now()): Record<string, unknown> {
  const today = wallClock(new Date(now), zone).date
  const dayOne = workingDay(today, -1)
  const dayTwo = workingDay(today, 1)
  const at = (date: string, time: string) => zonedTimeToUtc(date, time, zone).toISOString()

  const index = {
    title: 'Northland–Southland talks (fictional starter feed)',
    version: '1.0',
    generatedAt: new Date(now).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    demo: true,
    notes: [
      'A fictional starter feed written by npm run feed:new. Nothing in it is real: the countries, people, quotes and prices are made up.',
      'Replace every document with your own data, then remove "demo": true from index.json.',
    ],
    sources: [{ id: source, name: 'Starter feed (fictional)' }],
    rounds: [
      {
        id: 'geneva-round-1',
        name: 'Geneva round',
        location: 'Geneva',
        venue: 'Example Conference Centre',
        timeZone: zone,
      },
    ],
    parties: [
      { id: 'northland', name: 'Northland', shortName: 'North', kind: 'government' },
      { id: 'southland', name: 'Southland', shortName: 'South', kind: 'government' },
      { id: 'observers', name: 'Analysts and media', shortName: 'Analysts', kind: 'observers' },
    ],
    people: [
      {
        id: 'north-lead',
        name: 'Alex North (fictional)',
        kind: 'person',
        role: 'Trade Minister',
        organisation: 'Northland Ministry of Trade',
        partyId: 'northland',
      },
      {
        id: 'south-lead',
        name: 'Sam South (fictional)',
        kind: 'person',
        role: 'Chief Negotiator',
        organisation: 'Southland Trade Office',
        partyId: 'southland',
      },
      {
        id: 'analyst',
        name: 'Example Analyst (fictional)',
        kind: 'person',
        role: 'Economist',
        organisation: 'Example Bank',
        partyId: 'observers',
      },
    ],
    topics: [
      { id: 'tariffs', label: 'Tariffs' },
      { id: 'market-access', label: 'Market access' },
    ],
  }
  const delegations = [
    { partyId: 'northland', leadPersonIds: ['north-lead'], memberPersonIds: [] },
    { partyId: 'southland', leadPersonIds: ['south-lead'], memberPersonIds: [] },
  ]
  const session = (
    id: string,
    title: string,
    date: string,
    status: string,
    summary: string,
    outcomeSignals: string[],
  ) => ({
    id,
    roundId: 'geneva-round-1',
    title,
    start: at(date, '10:00'),
    startPrecision: 'exact',
    end: at(date, '17:00'),
    endPrecision: 'approximate',
    status,
    venue: 'Example Conference Centre',
    format: 'closed-door',
    delegations,
    topicIds: ['tariffs', 'market-access'],
    summary,
    outcomeSignals,
    sourceIds: [source],
  })
  const sessions = [
    session('geneva-day-1', 'Day 1', dayOne, 'concluded', `${fictional} The first day of talks.`, [
      'example signal',
    ]),
    session(
      'geneva-day-2',
      'Day 2',
      dayTwo,
      'scheduled',
      `${fictional} The second day of talks.`,
      [],
    ),
  ]
  const developments = [
    {
      id: 'example-statement',
      roundId: 'geneva-round-1',
      kind: 'statement',
      title: 'Example statement (fictional)',
      // The evening of Day 1: past at any time of today, as a development always is.
      at: at(dayOne, '21:00'),
      atPrecision: 'approximate',
      summary: fictional,
      partyId: 'northland',
      personIds: ['north-lead'],
      topicIds: ['tariffs'],
      figures: [],
      sourceIds: [source],
    },
  ]
  const quote = (id: string, personId: string, saidAt: string, extra: Record<string, unknown>) => ({
    id,
    roundId: 'geneva-round-1',
    personId,
    text: 'Example quote: replace it with a verbatim quote and its source.',
    saidAt,
    saidAtPrecision: 'approximate',
    setting: 'Example setting',
    place: null,
    context: fictional,
    sessionId: 'geneva-day-1',
    topicIds: ['tariffs'],
    tone: 'neutral',
    sourceIds: [source],
    ...extra,
  })
  const quotes = [
    quote('example-after-day-1', 'north-lead', at(dayOne, '17:30'), {
      setting: 'After the session',
      place: 'Example Conference Centre, Geneva',
    }),
    quote('example-interview', 'analyst', at(dayOne, '19:00'), {
      setting: 'Example television interview',
      place: 'New York',
      location: { name: 'New York', timeZone: 'America/New_York' },
      sessionId: null,
      tone: 'cautious',
    }),
  ]
  const issues = {
    issues: [
      {
        id: 'tariff-levels',
        roundId: 'geneva-round-1',
        topicId: 'tariffs',
        title: 'Tariff levels (fictional)',
        usAsk: 'What the first party asks (this field is named usAsk in format 1.x).',
        chinaPosition:
          'The other party’s position (this field is named chinaPosition in format 1.x).',
        status: 'in-discussion',
        notes: [],
        sourceIds: [source],
      },
    ],
    scenarios: [
      {
        id: 'example-deal',
        roundId: 'geneva-round-1',
        title: 'An example deal (fictional)',
        condition: 'Day 2 ends with an agreement.',
        expectedReaction: 'Markets could read it as good news.',
        sourceIds: [source],
      },
    ],
  }
  // A fictional index that trades 09:00–17:00 in Zurich on working days: Day 1's session, every 30 min.
  const points = Array.from({ length: 17 }, (_, i) => ({
    t: new Date(Date.parse(at(dayOne, '09:00')) + i * 30 * 60_000)
      .toISOString()
      .replace(/\.\d{3}Z$/, 'Z'),
    v: Math.round((1000 + 4 * Math.sin(i / 2) + i / 2) * 100) / 100,
  }))
  const last = points.at(-1)!
  const markets = {
    instruments: [
      {
        id: 'example-index',
        name: 'Example Share Index (fictional)',
        shortName: 'Example index',
        kind: 'equity-index',
        unit: 'points',
        currency: null,
        last: last.v,
        change: null,
        changePercent: Math.round(((last.v - 1000) / 1000) * 10_000) / 100,
        asOf: last.t,
        asOfPrecision: 'exact',
        timeZone: zone,
        tradingHours: [{ days: weekdays, open: '09:00', close: '17:00' }],
        sourceIds: [source],
      },
    ],
  }
  const series = {
    instrumentId: 'example-index',
    illustrative: true,
    basis: 'level',
    reference: {
      value: 1000,
      at: at(workingDay(dayOne, -1), '17:00'),
      label: 'Previous close (fictional)',
    },
    note: 'A made-up path (fictional): replace it with real prices, or mark a generated path illustrative as here.',
    points,
  }
  return {
    'index.json': index,
    'sessions.json': { sessions },
    'developments.json': { developments },
    'quotes.json': { quotes },
    'issues.json': issues,
    'markets.json': markets,
    'series/example-index.json': series,
  }
}
