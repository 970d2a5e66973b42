#!/usr/bin/env node
// A large, seeded feed for benchmarks and browser tests: the demo fixtures with quotes.json
// replaced by `count` generated quotes (same people, topics, sessions; invented text, clearly
// marked in the feed's notes). The same seed gives the same bytes.
//
//   node scripts/lib/generate-big-feed.mjs <out-dir> [count=10000] [seed=20250610]
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

export const fixturesDir = resolve('mocks/fixtures')

/** mulberry32: small, fast, good enough for test data. */
export function seededRandom(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const subjects = [
  'Rare earth exports',
  'Chip export controls',
  'The H20 carve-out',
  'Tariff relief',
  'The Geneva truce',
  'Licence approvals',
  'Soybean purchases',
  'The London framework',
  'Magnet shipments',
  'Chip design software',
  'Ethane cargoes',
  'Jet engine parts',
  'Student visas',
  'The fentanyl tariff',
  'Market access',
  'Yuan stability',
  'Supply-chain security',
  'The Zürich back-channel',
  'Café diplomacy',
  'Nvidia’s sales',
]
const verbs = [
  'remain on the table',
  'are moving in the right direction',
  'need more work',
  'will take time',
  'are not up for negotiation',
  'could be settled this week',
  'depend on Beijing',
  'depend on Washington',
  'were discussed at length',
  'are a red line',
  'look more promising than expected',
  'must be reciprocal',
]
const tails = [
  '',
  '',
  '',
  ' — we’ll see.',
  ', frankly.',
  ' and everyone knows it.',
  ', according to the délégation.',
  ' before any deal is signed.',
  ' in the coming days.',
  ', as agreed in Geneva.',
  ' — no question about it.',
]
const settings = [
  'Speaking from the White House',
  'To CNBC',
  'To Bloomberg TV',
  'A CCTV commentary',
  'A Ministry of Commerce statement',
  'A research note',
  'At a press conference in Beijing',
  'Outside Lancaster House',
  'In a post on Truth Social',
  'At a briefing in Zürich',
  'To reporters on Air Force One',
  'A Global Times editorial',
]
const places = [
  null,
  null,
  'White House, Washington',
  'Lancaster House, London',
  'Beijing',
  'Zürich',
  'São Paulo',
]
const tones = ['upbeat', 'positive', 'neutral', 'cautious', 'hard-line']

const pick = (random, list) => list[Math.floor(random() * list.length)]

/** Quotes that pass the feed's schema, spread over the ten days up to the demo's pinned moment. */
export function generateQuotes({ count = 10_000, seed = 20250610, index, sessions }) {
  const random = seededRandom(seed)
  const leads = new Set(sessions.flatMap((s) => s.delegations.flatMap((d) => d.leadPersonIds)))
  // Keep a lead silent, as in the demo, so the "no public remarks" row stays on the wall.
  const speakers = index.people.filter((p) => p.id !== 'he-lifeng' || !leads.has(p.id))
  const end = Date.parse(index.pinnedNow ?? '2025-06-10T09:00:00+01:00')
  const span = 10 * 86_400_000
  const quotes = []
  for (let i = 0; i < count; i += 1) {
    const person = pick(random, speakers)
    const topicCount = 1 + Math.floor(random() * 2)
    const topicIds = [
      ...new Set(Array.from({ length: topicCount }, () => pick(random, index.topics).id)),
    ]
    const session = random() < 0.3 ? pick(random, sessions) : null
    quotes.push({
      id: `gen-${String(i).padStart(5, '0')}`,
      roundId: index.rounds[0].id,
      personId: person.id,
      text: `${pick(random, subjects)} ${pick(random, verbs)}${pick(random, tails) || '.'}`,
      saidAt: new Date(end - Math.floor((random() * span) / 60_000) * 60_000).toISOString(),
      saidAtPrecision: random() < 0.4 ? 'approximate' : 'exact',
      setting: pick(random, settings),
      place: pick(random, places),
      context: random() < 0.5 ? `Generated remark ${i + 1} of ${count}` : null,
      sessionId: session?.id ?? null,
      topicIds,
      tone: pick(random, tones),
      sourceIds: [index.sources[0].id],
    })
  }
  return quotes
}

/** Words a trader might search for in the generated feed (some with accents, some rare). */
export const sampleQueries = [
  'rare',
  'rare earth',
  'chip',
  'h20',
  'tariff',
  'zurich',
  'zürich',
  'cafe',
  'café',
  'délégation',
  'delegation',
  'geneva',
  'london',
  'lancaster',
  'trump',
  'bessent',
  'lutnick',
  'hassett',
  'xing',
  'mofcom',
  'cctv',
  'commerce',
  'white house',
  'cnbc',
  'bloomberg',
  'beijing',
  'red line',
  'reciprocal',
  'soybean',
  'magnet',
  'ethane',
  'jet engine',
  'visas',
  'fentanyl',
  'market access',
  'yuan',
  'supply',
  'nvidia',
  'frankly',
  'we’ll see',
  "we'll see",
  'no question',
  'in the coming days',
  'air force one',
  'truth social',
  'global times',
  'research note',
  'press conference',
  'morgan stanley',
  'xyzzy',
]

/** Writes the demo fixtures with `count` generated quotes to `outDir`; returns the quotes. */
export function writeBigFeed(outDir, { count = 10_000, seed = 20250610, transformQuotes } = {}) {
  mkdirSync(outDir, { recursive: true })
  cpSync(fixturesDir, outDir, { recursive: true })
  const index = JSON.parse(readFileSync(join(fixturesDir, 'index.json'), 'utf8'))
  const { sessions } = JSON.parse(readFileSync(join(fixturesDir, 'sessions.json'), 'utf8'))
  let quotes = generateQuotes({ count, seed, index, sessions })
  if (transformQuotes) quotes = transformQuotes(quotes)
  index.notes = [
    ...(index.notes ?? []),
    `Benchmark feed: ${count.toLocaleString('en-GB')} generated quotes (seed ${seed}); not real remarks.`,
  ]
  writeFileSync(join(outDir, 'index.json'), JSON.stringify(index, null, 2))
  writeFileSync(join(outDir, 'quotes.json'), JSON.stringify({ quotes }))
  return quotes
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [out, count = '10000', seed = '20250610'] = process.argv.slice(2)
  if (!out) {
    console.error('usage: node scripts/lib/generate-big-feed.mjs <out-dir> [count] [seed]')
    process.exit(2)
  }
  const quotes = writeBigFeed(resolve(out), { count: Number(count), seed: Number(seed) })
  console.log(`wrote ${quotes.length} quotes to ${resolve(out)}`)
}
