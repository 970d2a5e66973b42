#!/usr/bin/env node
// A long, seeded feed for benchmarks: 30 rounds, 300 sessions, 5,000 developments and 20,000
// quotes over two years of talks that are all over, built on the demo's people and topics with
// invented text, clearly marked in the feed's notes. The same seed gives the same bytes.
//
//   node scripts/lib/generate-long-feed.mjs <out-dir> [seed=20250611]
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { fixturesDir, generateQuotes, seededRandom } from './generate-big-feed.mjs'

export const longFeedSize = {
  rounds: 30,
  sessionsPerRound: 10,
  developments: 5_000,
  quotes: 20_000,
}

const places = [
  ['Geneva', 'Europe/Zurich'],
  ['London', 'Europe/London'],
  ['Stockholm', 'Europe/Stockholm'],
  ['Madrid', 'Europe/Madrid'],
  ['Kuala Lumpur', 'Asia/Kuala_Lumpur'],
  ['Washington', 'America/New_York'],
  ['Beijing', 'Asia/Shanghai'],
  ['Paris', 'Europe/Paris'],
  ['Singapore', 'Asia/Singapore'],
  ['Tokyo', 'Asia/Tokyo'],
]
const kinds = ['statement', 'licence-approval', 'data-release', 'commentary', 'report']
const day = 86_400_000
const iso = (t) => new Date(t).toISOString().replace('.000Z', 'Z')

/** The long feed's documents, from the demo's index (people, parties, topics) and a seed. */
export function generateLongFeed(seed = 20250611) {
  const random = seededRandom(seed)
  const demoIndex = JSON.parse(readFileSync(join(fixturesDir, 'index.json'), 'utf8'))
  // Short ids for people, topics and the source: 20,000 quotes must stay under the 5 MB a feed
  // document may weigh, and each quote repeats them.
  const short = (prefix, list) => new Map(list.map((item, i) => [item.id, `${prefix}${i}`]))
  const personIds = short('p', demoIndex.people)
  const topicIds = short('t', demoIndex.topics)
  const index = {
    ...demoIndex,
    sources: [{ ...demoIndex.sources[0], id: 's' }],
    people: demoIndex.people.map((p) => ({ ...p, id: personIds.get(p.id) })),
    topics: demoIndex.topics.map((t) => ({ ...t, id: topicIds.get(t.id) })),
  }
  const { sessions: demoSessions } = JSON.parse(
    readFileSync(join(fixturesDir, 'sessions.json'), 'utf8'),
  )
  const first = Date.parse('2023-09-04T00:00:00Z')
  const rounds = []
  const sessions = []
  for (let r = 0; r < longFeedSize.rounds; r += 1) {
    const [location, timeZone] = places[r % places.length]
    const id = `r${String(r + 1).padStart(2, '0')}`
    rounds.push({
      id,
      name: `${location} round ${Math.floor(r / places.length) + 1}`,
      location,
      venue: `Venue ${r + 1} (generated)`,
      timeZone,
      outcome: `Generated outcome of round ${r + 1} (not real).`,
    })
    const roundStart = first + r * 24 * day
    for (let s = 0; s < longFeedSize.sessionsPerRound; s += 1) {
      const start = roundStart + s * day + 9 * 3_600_000
      sessions.push({
        ...demoSessions[0],
        delegations: demoSessions[0].delegations.map((d) => ({
          ...d,
          leadPersonIds: d.leadPersonIds.map((id) => personIds.get(id)),
          memberPersonIds: d.memberPersonIds.map((id) => personIds.get(id)),
        })),
        topicIds: demoSessions[0].topicIds.map((id) => topicIds.get(id)),
        sourceIds: ['s'],
        id: `${id}-d${s + 1}`,
        roundId: id,
        title: `Day ${s + 1}`,
        start: iso(start),
        end: iso(start + 7 * 3_600_000),
        durationNote: undefined,
        status: 'concluded',
        venue: `Venue ${r + 1} (generated)`,
        summary: `Generated session ${s + 1} of round ${r + 1} (not real).`,
      })
    }
  }
  // Developments and quotes fall between the start of a round's first session and the end of its last.
  const inRound = (r) =>
    first +
    r * 24 * day +
    9 * 3_600_000 +
    Math.floor((random() * (9 * day + 7 * 3_600_000)) / 60_000) * 60_000
  const developments = Array.from({ length: longFeedSize.developments }, (_, i) => {
    const r = i % longFeedSize.rounds
    return {
      id: `d${i}`,
      roundId: rounds[r].id,
      kind: kinds[Math.floor(random() * kinds.length)],
      title: `Generated development ${i + 1} (not real)`,
      at: iso(inRound(r)),
      atPrecision: random() < 0.5 ? 'approximate' : 'exact',
      summary: 'A generated development for the long-feed benchmark.',
      partyId: null,
      personIds: [],
      topicIds: [index.topics[Math.floor(random() * index.topics.length)].id],
      figures: [],
      sourceIds: ['s'],
    }
  })
  // Lean records (short ids, no context or place), so 20,000 quotes stay under the 5 MB a feed
  // document may weigh.
  const quotes = generateQuotes({
    count: longFeedSize.quotes,
    seed,
    index: demoIndex,
    sessions: demoSessions,
  }).map((quote, i) => {
    const r = i % longFeedSize.rounds
    const own = sessions.slice(
      r * longFeedSize.sessionsPerRound,
      (r + 1) * longFeedSize.sessionsPerRound,
    )
    return {
      ...quote,
      id: `q${i}`,
      roundId: rounds[r].id,
      personId: personIds.get(quote.personId),
      text: `${quote.text.slice(0, 21).trim()}…`,
      setting: quote.setting.split(' ').slice(0, 2).join(' '),
      saidAtPrecision: 'exact',
      sourceIds: ['s'],
      saidAt: iso(inRound(r)),
      place: null,
      context: null,
      topicIds: quote.topicIds.slice(0, 1).map((id) => topicIds.get(id)),
      sessionId: quote.sessionId ? own[Math.floor(random() * own.length)].id : null,
    }
  })
  // A live feed: no pinned moment, so the real clock finds every round over.
  const live = { ...index }
  delete live.pinnedNow
  delete live.clockRate
  return {
    index: {
      ...live,
      title: `Benchmark feed: ${rounds.length} generated rounds (not real)`,
      demo: true,
      rounds,
      notes: [
        ...(index.notes ?? []),
        `Benchmark feed: ${rounds.length} rounds, ${sessions.length} sessions, ${developments.length} developments, ${quotes.length} quotes, generated (seed ${seed}); not real.`,
      ],
    },
    sessions,
    developments,
    quotes,
  }
}

/** Writes the long feed (with the demo's markets and issues) to `outDir`. */
export function writeLongFeed(outDir, seed) {
  mkdirSync(outDir, { recursive: true })
  cpSync(fixturesDir, outDir, { recursive: true })
  const feed = generateLongFeed(seed)
  writeFileSync(join(outDir, 'index.json'), JSON.stringify(feed.index))
  writeFileSync(join(outDir, 'sessions.json'), JSON.stringify({ sessions: feed.sessions }))
  writeFileSync(
    join(outDir, 'developments.json'),
    JSON.stringify({ developments: feed.developments }),
  )
  writeFileSync(join(outDir, 'quotes.json'), JSON.stringify({ quotes: feed.quotes }))
  const issues = JSON.parse(readFileSync(join(fixturesDir, 'issues.json'), 'utf8'))
  const last = feed.index.rounds.at(-1).id
  const topics = new Map(
    JSON.parse(readFileSync(join(fixturesDir, 'index.json'), 'utf8')).topics.map((t, i) => [
      t.id,
      `t${i}`,
    ]),
  )
  for (const list of [issues.issues, issues.scenarios]) {
    for (const item of list)
      Object.assign(
        item,
        { roundId: last, sourceIds: ['s'] },
        item.topicId ? { topicId: topics.get(item.topicId) } : {},
      )
  }
  writeFileSync(join(outDir, 'issues.json'), JSON.stringify(issues))
  const markets = JSON.parse(readFileSync(join(fixturesDir, 'markets.json'), 'utf8'))
  for (const instrument of markets.instruments) instrument.sourceIds = ['s']
  writeFileSync(join(outDir, 'markets.json'), JSON.stringify(markets))
  return feed
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [out, seed = '20250611'] = process.argv.slice(2)
  if (!out) {
    console.error('usage: node scripts/lib/generate-long-feed.mjs <out-dir> [seed]')
    process.exit(2)
  }
  const feed = writeLongFeed(resolve(out), Number(seed))
  console.log(
    `wrote ${feed.index.rounds.length} rounds, ${feed.sessions.length} sessions, ${feed.developments.length} developments, ${feed.quotes.length} quotes to ${resolve(out)}`,
  )
}
