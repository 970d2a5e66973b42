import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { addDays, weekdayOf } from '../../src/lib/civil-date'
import { zonedTimeToUtc } from '../../src/lib/zoned-time'

/**
 * A test feed as a desk might publish it (test data, not market facts): three rounds of talks over
 * three and a half months, a daily S&P 500 of real-kind closes stamped 16:00 New York, an hourly
 * illustrative series, a 10-year yield, a USD/CNH pair, futures, and twenty instruments in groups.
 */

const holidays = new Set(['2025-04-18', '2025-05-26', '2025-06-19', '2025-07-04'])
const ny = {
  timeZone: 'America/New_York',
  tradingHours: [{ days: [1, 2, 3, 4, 5], open: '09:30', close: '16:00' }],
}

/** Closes set by hand around the events the browser test reads (the rest is a seeded walk). */
export const spxCloses: Record<string, number> = {
  '2025-05-09': 5659.91, // Friday before the Geneva weekend
  '2025-05-12': 5844.19, // Monday after: +3.26%
  '2025-06-06': 6000.36, // Friday before London
  '2025-06-09': 6005.88, // Monday, London Day 1: +0.09%
  '2025-06-10': 6038.81,
  '2025-07-25': 6388.64, // Friday before Stockholm
  '2025-07-28': 6389.77, // Monday, Stockholm Day 1 (before the US open)
  '2025-07-29': 6370.86, // Tuesday, Stockholm Day 2 (during the US session): -0.30%
}

function tradingDays(from: string, to: string): string[] {
  const days: string[] = []
  for (let d = from; d <= to; d = addDays(d, 1)) {
    const w = weekdayOf(d)
    if (w !== 0 && w !== 6 && !holidays.has(d)) days.push(d)
  }
  return days
}

function walk(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32 - 0.5
  }
}

type Spec = {
  id: string
  name: string
  shortName: string
  kind: string
  unit: string
  currency: string | null
  group: string
  start: number
  vol: number
}

const specs: Spec[] = [
  {
    id: 'spx',
    name: 'S&P 500',
    shortName: 'S&P 500',
    kind: 'equity-index',
    unit: 'points',
    currency: null,
    group: 'US equities',
    start: 5400,
    vol: 0.01,
  },
  {
    id: 'us10y',
    name: 'US 10-year Treasury yield',
    shortName: 'US 10Y',
    kind: 'yield',
    unit: '%',
    currency: null,
    group: 'Rates',
    start: 4.4,
    vol: 0.01,
  },
  {
    id: 'usdcnh',
    name: 'US dollar / offshore yuan',
    shortName: 'USD/CNH',
    kind: 'fx',
    unit: 'CNH per USD',
    currency: 'CNH',
    group: 'FX',
    start: 7.3,
    vol: 0.002,
  },
  {
    id: 'soybeans',
    name: 'Soybean futures',
    shortName: 'Soybeans',
    kind: 'future',
    unit: 'US cents per bushel',
    currency: 'USD',
    group: 'Commodities',
    start: 1040,
    vol: 0.01,
  },
  {
    id: 'copper',
    name: 'Copper futures',
    shortName: 'Copper',
    kind: 'future',
    unit: 'USD per pound',
    currency: 'USD',
    group: 'Commodities',
    start: 4.7,
    vol: 0.012,
  },
  {
    id: 'freight',
    name: 'Freight index',
    shortName: 'Freight',
    kind: 'other',
    unit: 'index points',
    currency: null,
    group: 'Commodities',
    start: 1400,
    vol: 0.02,
  },
  ...['nvda', 'amd', 'tsm', 'asml', 'intc', 'qcom', 'mu', 'avgo', 'amat', 'lrcx'].map((id, i) => ({
    id,
    name: `${id.toUpperCase()} (test stock)`,
    shortName: id.toUpperCase(),
    kind: 'stock',
    unit: 'USD',
    currency: 'USD',
    group: 'Chip makers',
    start: 100 + 10 * i,
    vol: 0.02,
  })),
  ...['mp', 'lyc', 'ilu'].map((id, i) => ({
    id,
    name: `${id.toUpperCase()} (test miner)`,
    shortName: id.toUpperCase(),
    kind: 'stock',
    unit: 'USD',
    currency: 'USD',
    group: 'Rare-earth miners',
    start: 20 + 5 * i,
    vol: 0.03,
  })),
]

const hourlyId = 'ndx-hourly'

export type MultiMonthFeed = { dir: string; instrumentCount: number; dailyCloses: number }

export function buildMultiMonthFeed(): MultiMonthFeed {
  const dir = mkdtempSync(join(tmpdir(), 'ttm-multi-month-'))
  cpSync(resolve('mocks/fixtures'), dir, { recursive: true })
  const read = (file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8'))
  const write = (file: string, data: unknown) =>
    writeFileSync(join(dir, file), JSON.stringify(data, null, 1))

  const index = read('index.json')
  index.title = 'Test feed: three rounds over three and a half months'
  index.demo = false
  index.notes = ['Test data for the browser tests, not market facts.']
  index.generatedAt = '2025-08-01T12:00:00Z'
  index.pinnedNow = '2025-08-01T12:00:00Z'
  index.rounds = [
    {
      id: 'geneva-2025-05',
      name: 'Geneva round',
      location: 'Geneva',
      venue: null,
      timeZone: 'Europe/Zurich',
    },
    ...index.rounds,
    {
      id: 'stockholm-2025-07',
      name: 'Stockholm round',
      location: 'Stockholm',
      venue: null,
      timeZone: 'Europe/Stockholm',
    },
  ]
  write('index.json', index)

  const { sessions } = read('sessions.json')
  const template = sessions[0]
  const session = (id: string, roundId: string, title: string, start: string, end: string) => ({
    ...template,
    id,
    roundId,
    title,
    start,
    end,
    status: 'concluded',
    venue: null,
    durationNote: undefined,
  })
  sessions.forEach((s: { status: string; end: string | null }) => {
    s.status = 'concluded'
    s.end ??= '2025-06-10T20:00:00+01:00'
  })
  sessions.unshift(
    session(
      'geneva-day-1',
      'geneva-2025-05',
      'Geneva Day 1',
      '2025-05-10T10:00:00+02:00',
      '2025-05-10T20:00:00+02:00',
    ),
  )
  sessions.push(
    session(
      'stockholm-day-1',
      'stockholm-2025-07',
      'Stockholm Day 1',
      '2025-07-28T11:00:00+02:00',
      '2025-07-28T18:00:00+02:00',
    ),
    session(
      'stockholm-day-2',
      'stockholm-2025-07',
      'Stockholm Day 2',
      '2025-07-29T18:00:00+02:00',
      '2025-07-29T21:00:00+02:00',
    ),
  )
  write('sessions.json', { sessions })

  const { developments } = read('developments.json')
  developments.unshift({
    ...developments[0],
    id: 'tariffs-announced',
    roundId: 'geneva-2025-05',
    title: 'Tariffs announced (test event)',
    at: '2025-04-02T16:00:00-04:00',
    figures: [],
  })
  write('developments.json', { developments })

  const days = tradingDays('2025-04-09', '2025-07-31')
  const demoMarkets = read('markets.json')
  const instruments = specs.map((spec, n) => {
    const random = walk(20250401 + n)
    let v = spec.start
    const points = days.map((d) => {
      v =
        spec.id === 'spx' && spxCloses[d] !== undefined
          ? spxCloses[d]
          : Number((v * (1 + spec.vol * random())).toFixed(spec.start < 10 ? 4 : 2))
      return { t: zonedTimeToUtc(d, '16:00', ny.timeZone).toISOString(), v }
    })
    const last = points.at(-1)!
    mkdirSync(join(dir, 'series'), { recursive: true })
    write(`series/${spec.id}.json`, {
      instrumentId: spec.id,
      illustrative: false,
      basis: 'level',
      reference: { value: points.at(-2)!.v, at: points.at(-2)!.t, label: 'Previous close' },
      ...(spec.id === 'spx' ? {} : { interval: '1d' }),
      points,
    })
    return {
      id: spec.id,
      name: spec.name,
      shortName: spec.shortName,
      kind: spec.kind,
      unit: spec.unit,
      currency: spec.currency,
      group: spec.group,
      last: last.v,
      change: null,
      changePercent: null,
      asOf: last.t,
      asOfPrecision: 'exact',
      ...ny,
      sourceIds: ['seed-article'],
    }
  })
  // An hourly illustrative path over the London round's week.
  const random = walk(7)
  let v = 21500
  const hourly: { t: string; v: number }[] = []
  for (const d of tradingDays('2025-06-05', '2025-06-13')) {
    for (let h = 10; h <= 16; h++) {
      v = Number((v * (1 + 0.003 * random())).toFixed(2))
      hourly.push({ t: zonedTimeToUtc(d, `${h}:00`, ny.timeZone).toISOString(), v })
    }
  }
  write(`series/${hourlyId}.json`, {
    instrumentId: hourlyId,
    illustrative: true,
    basis: 'level',
    note: 'Illustrative hourly path (test data).',
    reference: { value: null, at: hourly[0]!.t, label: 'Previous close (illustrative)' },
    points: hourly,
  })
  instruments.splice(1, 0, {
    ...demoMarkets.instruments.find((i: { id: string }) => i.id === 'ixic'),
    id: hourlyId,
    name: 'Nasdaq 100 (hourly, illustrative)',
    shortName: 'NDX hourly',
    group: 'US equities',
    last: hourly.at(-1)!.v,
    asOf: hourly.at(-1)!.t,
  })
  write('markets.json', { instruments: instruments.slice(0, 20) })
  return { dir, instrumentCount: Math.min(20, instruments.length), dailyCloses: days.length }
}

// `npx tsx test/e2e/multi-month-feed.ts` writes one and prints its folder (for looking at it by hand).
if (process.argv[1]?.endsWith('multi-month-feed.ts')) console.log(buildMultiMonthFeed().dir)
