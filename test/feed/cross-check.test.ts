// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { checkFeed, crossCheck } from '../../src/feed/cross-check'
import {
  documentPath,
  feedDocumentNames,
  type FeedDocumentName,
  type RawFeed,
} from '../../src/feed/raw-feed'
import { readFixture } from './demo-fixtures'
import { describeIssue } from '../../src/feed/describe-issue'
import { documentSchemas } from '../../src/feed/schemas/documents'

const names = feedDocumentNames

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test data surgery on parsed JSON
type Json = Record<string, any>

/** A fresh deep copy of the demo feed, to break on purpose. */
function demoFeed(): {
  documents: Record<FeedDocumentName, Json>
  series: { spx: Json; hstech: Json }
} {
  const documents = Object.fromEntries(
    names.map((name) => [name, readFixture(documentPath(name))]),
  ) as Record<FeedDocumentName, Json>
  return {
    documents,
    series: {
      spx: readFixture('series/spx.json') as Json,
      hstech: readFixture('series/hstech.json') as Json,
    },
  }
}

const lines = (feed: RawFeed, check = crossCheck) =>
  check(feed).map((p) => `${p.resource} ${p.path} ${p.message}`)

describe('crossCheck', () => {
  it('finds nothing wrong in the demo feed', () => {
    expect(crossCheck(demoFeed())).toEqual([])
  })

  it('reports unknown ids of every kind, where they are (grouped by field)', () => {
    const feed = demoFeed()
    feed.documents.quotes.quotes[0].roundId = 'paris-2025'
    feed.documents.quotes.quotes[0].sessionId = 'london-day-9'
    feed.documents.developments.developments[0].topicIds.push('tariffs')
    feed.documents.developments.developments[1].partyId = 'eu'
    feed.documents.issues.scenarios[0].sourceIds = ['blog']
    feed.documents.index.people[0].partyId = 'white-house'
    feed.documents.sessions.sessions[0].delegations[0].memberPersonIds.push('jamieson-greer')
    expect(lines(feed)).toEqual([
      'index.json $.people[0].partyId unknown partyId "white-house" (expected the id of one of the parties in index.json)',
      'sessions.json $.sessions[0].delegations[0].memberPersonIds[1] unknown memberPersonIds entry "jamieson-greer" (expected the id of one of the people in index.json)',
      'developments.json $.developments[1].partyId unknown partyId "eu" (expected the id of one of the parties in index.json)',
      'developments.json $.developments[0].topicIds[1] unknown topicIds entry "tariffs" (expected the id of one of the topics in index.json)',
      'quotes.json $.quotes[0].roundId unknown roundId "paris-2025" (expected the id of one of the rounds in index.json)',
      'quotes.json $.quotes[0].sessionId unknown sessionId "london-day-9" (expected the id of one of the sessions in sessions.json)',
      'issues.json $.scenarios[0].sourceIds[0] unknown sourceIds entry "blog" (expected the id of one of the sources in index.json)',
    ])
  })

  it('reports duplicated ids per list, not across lists', () => {
    const feed = demoFeed()
    feed.documents.quotes.quotes[2].id = feed.documents.quotes.quotes[0].id
    feed.documents.issues.scenarios[0].id = feed.documents.issues.issues[0].id // another list: fine
    expect(lines(feed)).toEqual([
      'quotes.json $.quotes[2].id duplicate id "trump-good-reports" (expected ids unique within quotes; first at $.quotes[0].id)',
    ])
  })

  it('checks delegations: one per party, people of that party', () => {
    const feed = demoFeed()
    feed.documents.sessions.sessions[0].delegations[1].partyId = 'us'
    expect(lines(feed)).toEqual([
      'sessions.json $.sessions[0].delegations[1].partyId party "us" has two delegations (expected one delegation per party)',
      'sessions.json $.sessions[0].delegations[1].leadPersonIds[0] "he-lifeng" belongs to party "cn" (expected a person of party "us")',
    ])
  })

  it('checks series against their file and the time order of points', () => {
    const feed = demoFeed()
    feed.series.spx.instrumentId = 'nikkei'
    const points = feed.series.hstech.points
    ;[points[10], points[11]] = [points[11], points[10]]
    expect(lines(feed)).toEqual([
      'series/spx.json $.instrumentId unknown instrumentId "nikkei" does not match the file (expected "spx")',
      'series/hstech.json $.points[11].t point at 2025-06-09T02:20:00Z is not after the one before it, 2025-06-09T02:25:00Z (expected points in time order, one per instant)',
    ])
  })

  it('names the first point out of order of a series, and counts the rest', () => {
    const feed = demoFeed()
    feed.series.hstech.points.reverse()
    const [line, ...others] = lines(feed)
    expect(others).toEqual([])
    expect(line).toMatch(
      /^series\/hstech\.json \$\.points\[1\]\.t point at \S+ is not after the one before it, \S+ and (\d+) more points like it \(expected points in time order, one per instant\)$/,
    )
    expect(Number(line!.match(/and (\d+) more/)![1])).toBe(feed.series.hstech.points.length - 2)
  })

  it('does not cascade: an id declared by an invalid record still counts as known', () => {
    const feed = demoFeed()
    feed.documents.sessions.sessions[0].start = 'Monday afternoon'
    expect(lines(feed)).toEqual([])
    expect(lines(feed, checkFeed)).toEqual([
      'sessions.json $.sessions[0].start invalid date-time (got "Monday afternoon") (expected an ISO 8601 date-time with an offset, e.g. 2025-06-10T10:00:00+01:00)',
    ])
  })

  it('skips references to a document that is missing (the loader reports the missing file)', () => {
    const feed = demoFeed()
    delete (feed.documents as Partial<typeof feed.documents>).index
    expect(crossCheck(feed)).toEqual([])
  })
})

describe('checkFeed schema problems', () => {
  it('lists every problem of a document, not just the first', () => {
    const feed = demoFeed()
    feed.documents.quotes.quotes[0].tone = 42
    feed.documents.quotes.quotes[3].saidAt = '2025-06-09T20:00:00'
    delete feed.documents.quotes.quotes[5].text
    expect(lines(feed, checkFeed)).toEqual([
      'quotes.json $.quotes[0].tone Invalid option: expected one of "upbeat"|"positive"|"neutral"|"cautious"|"hard-line" (got 42)',
      'quotes.json $.quotes[3].saidAt invalid date-time (got "2025-06-09T20:00:00") (expected an ISO 8601 date-time with an offset, e.g. 2025-06-10T10:00:00+01:00)',
      'quotes.json $.quotes[5].text missing (expected a string)',
    ])
  })

  it('says what was expected for a refinement', () => {
    const result = documentSchemas.index.safeParse(
      {
        ...demoFeed().documents.index,
        rounds: [{ ...demoFeed().documents.index.rounds[0], timeZone: 'London' }],
      },
      { reportInput: true },
    )
    const issue = result.error?.issues[0]
    expect(issue && describeIssue(issue)).toBe(
      'invalid value (got "London") (expected an IANA time zone such as Europe/London)',
    )
  })
})
