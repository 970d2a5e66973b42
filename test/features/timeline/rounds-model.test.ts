import { describe, expect, it } from 'vitest'
import { documentSchemas } from '../../../src/feed/schemas/documents'
import { roundSpans } from '../../../src/feed/round-spans'
import { indexAsOf, sessionsAsOf, sessionsKnownAt } from '../../../src/feed/as-of'
import { groupByRound, latestWindow } from '../../../src/features/timeline/round-groups'
import { describeTalks } from '../../../src/features/timeline/talks-across-rounds'
import { describeFeedTalks, heldBackRecords } from '../../../src/features/timeline/feed-talks'
import { sortedEntries } from '../../../src/features/timeline/timeline-model'
import { threeRoundsFeed } from '../../feed/three-rounds-feed'

const feed = threeRoundsFeed()
const index = documentSchemas.index.parse(feed['index.json'])
const { sessions } = documentSchemas.sessions.parse(feed['sessions.json'])
const { quotes } = documentSchemas.quotes.parse(feed['quotes.json'])
const spans = roundSpans(index.rounds, sessions)
const at = (iso: string) => Date.parse(iso)

describe('describeTalks across rounds', () => {
  it('after the last round: which round concluded when, and that none is scheduled', () => {
    expect(describeTalks(index.rounds, sessions, at('2026-11-30T12:00:00Z')).text).toBe(
      'Stockholm round concluded 29 Jul 2025; no next round scheduled',
    )
    expect(describeTalks(index.rounds, sessions, at('2025-08-02T12:00:00Z')).text).toBe(
      'Stockholm round concluded 29 Jul; no next round scheduled',
    )
  })

  it('a session in session, named with its round, timed at its venue', () => {
    expect(
      describeTalks(
        index.rounds,
        sessionsAsOf(sessions, at('2025-06-10T11:00:00+01:00')),
        at('2025-06-10T11:00:00+01:00'),
      ).text,
    ).toBe('London, Day 2 in session since 10:00 London (1 h)')
  })

  // Replay: a round's sessions are known once it begins, or from their announcedAt.
  it('between rounds: the next session with its round; past a week, its date', () => {
    expect(
      describeTalks(
        index.rounds,
        sessionsAsOf(sessions, at('2025-05-11T09:00:00+02:00')),
        at('2025-05-11T09:00:00+02:00'),
      ).text,
    ).toBe('Geneva, Day 2 starts in 1 h (10:00 Geneva)')
    // Test data: the London sessions announced on 15 May.
    const announced = sessions.map((s) =>
      s.roundId === 'london-2025-06' ? { ...s, announcedAt: '2025-05-15T12:00:00Z' } : s,
    )
    expect(
      describeTalks(
        index.rounds,
        sessionsKnownAt(announced, at('2025-05-20T12:00:00Z')),
        at('2025-05-20T12:00:00Z'),
      ).text,
    ).toBe('London, Day 1 starts 9 Jun (13:00 London)')
  })

  it('replayed between rounds the feed gives no announcement time for: not shown, and never "none scheduled"', () => {
    const t = at('2025-05-20T12:00:00Z')
    const cutIndex = indexAsOf(index, t)
    const cutSessions = sessionsKnownAt(sessions, t)
    expect(cutSessions.map((s) => s.roundId)).toEqual(['geneva-2025-05', 'geneva-2025-05'])
    const heldBack = heldBackRecords(cutIndex, {
      sessions: cutSessions,
      heldBack: sessions.length - cutSessions.length,
    })
    expect(heldBack).toEqual({ rounds: 2, sessions: 4 })
    expect(describeTalks(cutIndex.rounds, cutSessions, t, heldBack).text).toBe(
      'Geneva round concluded 11 May; later rounds not shown: the feed does not say when they were announced',
    )
    const before = at('2025-05-01T12:00:00Z')
    const noneYet = { sessions: sessionsKnownAt(sessions, before), heldBack: sessions.length }
    expect(noneYet.sessions).toEqual([])
    expect(describeFeedTalks(indexAsOf(index, before), noneYet, before, 'Europe/London').text).toBe(
      'No round shown yet: the feed does not say when its rounds were announced',
    )
  })

  it('a next round announced without sessions', () => {
    const rounds = [
      ...index.rounds,
      {
        id: 'next',
        name: 'Madrid round',
        location: 'Madrid',
        venue: null,
        timeZone: 'Europe/Madrid',
        start: '2025-09-14T09:00:00+02:00',
      },
    ]
    expect(describeTalks(rounds, sessions, at('2025-08-02T12:00:00Z')).text).toBe(
      'Stockholm round concluded 29 Jul; next: Madrid round from 14 Sept',
    )
  })
})

describe('groupByRound', () => {
  const sorted = sortedEntries(sessions, [], quotes, at('2026-11-30T12:00:00Z'))
  const keys = (order: 'oldest' | 'newest', open: (id: string, current: boolean) => boolean) =>
    groupByRound(sorted, spans, at('2026-11-30T12:00:00Z'), { isOpen: open, order }).map(
      (e) => e.key,
    )

  it('heads each round; the current round open, with the now line after its last entry', () => {
    expect(keys('oldest', (_, current) => current)).toEqual([
      'round:geneva-2025-05',
      'round:london-2025-06',
      'round:stockholm-2025-07',
      'session:stockholm-day-1',
      'session:stockholm-day-2',
      'quotes:cnbc-new-york',
      'now',
    ])
  })

  it('newest first reverses the rounds and their entries', () => {
    expect(keys('newest', (id) => id !== 'london-2025-06')).toEqual([
      'round:stockholm-2025-07',
      'now',
      'quotes:cnbc-new-york',
      'session:stockholm-day-2',
      'session:stockholm-day-1',
      'round:london-2025-06',
      'round:geneva-2025-05',
      'session:geneva-day-2',
      'quotes:geneva-lead', // the evening of Day 1
      'session:geneva-day-1',
    ])
  })

  it('keeps the now line under a closed current round', () => {
    expect(keys('oldest', () => false)).toEqual([
      'round:geneva-2025-05',
      'round:london-2025-06',
      'round:stockholm-2025-07',
      'now',
    ])
  })
})

describe('latestWindow', () => {
  const entries = sortedEntries(sessions, [], quotes, at('2026-11-30T12:00:00Z'))
  it('keeps the latest entries, widened to keep a selected one', () => {
    expect(latestWindow(entries, 3).entries.map((e) => e.key)).toEqual([
      'session:stockholm-day-1',
      'session:stockholm-day-2',
      'quotes:cnbc-new-york',
    ])
    expect(latestWindow(entries, 3).hidden).toBe(6)
    const kept = latestWindow(entries, 3, { kind: 'session', id: 'london-day-2' })
    expect(kept.entries[0]!.key).toBe('session:london-day-2')
    expect(kept.hidden).toBe(4)
    expect(latestWindow(entries, 100).hidden).toBe(0)
  })

  it('keeps a selected quote’s marker in too, as it keeps a selected session', () => {
    const kept = latestWindow(entries, 3, { kind: 'quote', id: 'geneva-lead' })
    expect(kept.entries[0]!.key).toBe('quotes:geneva-lead')
    expect(kept.entries.length).toBeGreaterThan(3)
  })
})
