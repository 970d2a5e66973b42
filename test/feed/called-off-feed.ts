/**
 * A feed of one fictional round built for tests (not the demo's article): the Northport round,
 * where Day 1 was held, Day 2 was postponed and Day 3 cancelled. Its `pinnedNow` is noon on Day 3's
 * planned date, so a page that read the statuses from the clock would call Day 3 in session.
 * `withNextSession` gives Day 2 a new date and adds a Day 4 still to come.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** The feed's "now": noon in Northport on 17 Sep 2025, Day 3's planned date. */
export const calledOffNow = Date.parse('2025-09-17T12:00:00+01:00')

const session = (id: string, title: string, start: string, extra: Record<string, unknown>) => ({
  id,
  roundId: 'northport-2025-09',
  title,
  start,
  startPrecision: 'exact',
  end: null,
  endPrecision: 'exact',
  status: 'scheduled',
  venue: 'Harbour Hall',
  format: 'closed-door',
  delegations: [
    { partyId: 'north', leadPersonIds: ['north-lead'], memberPersonIds: [] },
    { partyId: 'south', leadPersonIds: ['south-lead'], memberPersonIds: [] },
  ],
  topicIds: ['fish-quotas'],
  summary: `Test session (fictional): ${title}.`,
  outcomeSignals: [],
  sourceIds: ['test-source'],
  ...extra,
})

export function calledOffFeed({ withNextSession = false } = {}): Record<string, unknown> {
  const index = {
    title: 'Test talks: a round put off',
    version: '1.2',
    generatedAt: '2025-09-17T11:00:00+01:00',
    pinnedNow: '2025-09-17T12:00:00+01:00',
    demo: true,
    notes: ['Fictional test feed: not real talks.'],
    sources: [{ id: 'test-source', name: 'Test source (fictional)' }],
    rounds: [
      {
        id: 'northport-2025-09',
        name: 'Northport round',
        location: 'Northport',
        venue: 'Harbour Hall',
        timeZone: 'Europe/London',
      },
    ],
    parties: [
      { id: 'north', name: 'Northland', shortName: 'Northland', kind: 'government' },
      { id: 'south', name: 'Southland', shortName: 'Southland', kind: 'government' },
    ],
    people: [
      {
        id: 'north-lead',
        name: 'Avery North',
        kind: 'person',
        role: 'Northland lead negotiator',
        organisation: 'Test Ministry',
        partyId: 'north',
      },
      {
        id: 'south-lead',
        name: 'Bo South',
        kind: 'person',
        role: 'Southland lead negotiator',
        organisation: 'Test Department',
        partyId: 'south',
      },
    ],
    topics: [{ id: 'fish-quotas', label: 'Fish quotas' }],
  }
  const sessions = [
    session('northport-day-1', 'Day 1', '2025-09-15T10:00:00+01:00', {
      end: '2025-09-15T17:00:00+01:00',
      status: 'concluded',
    }),
    session('northport-day-2', 'Day 2', '2025-09-16T10:00:00+01:00', {
      status: 'postponed',
      ...(withNextSession ? { rescheduledTo: '2025-09-19T10:00:00+01:00' } : {}),
    }),
    session('northport-day-3', 'Day 3', '2025-09-17T10:00:00+01:00', {
      end: '2025-09-17T17:00:00+01:00',
      status: 'cancelled',
    }),
    ...(withNextSession
      ? [session('northport-day-4', 'Day 4', '2025-09-18T10:00:00+01:00', {})]
      : []),
  ]
  return {
    'index.json': index,
    'sessions.json': { sessions },
    'developments.json': { developments: [] },
    'quotes.json': { quotes: [] },
    'issues.json': { issues: [], scenarios: [] },
    'markets.json': { instruments: [] },
  }
}

/** The feed written as static files into a new temporary folder; returns the folder. */
export function writeFeedFolder(
  documents: Record<string, unknown>,
  prefix = 'called-off-',
): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  for (const [name, document] of Object.entries(documents))
    writeFileSync(join(dir, name), JSON.stringify(document, null, 2))
  return dir
}
