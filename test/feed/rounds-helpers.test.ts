import { describe, expect, it } from 'vitest'
import { isolate } from '../../src/lib/bidi-isolate'
import { documentSchemas } from '../../src/feed/schemas/documents'
import { quotePlace } from '../../src/feed/quote-place'
import { roundSpans } from '../../src/feed/round-spans'
import { roundShortName, sessionLabel } from '../../src/feed/session-label'
import { formatRelative } from '../../src/lib/format-time'
import { threeRoundsFeed } from './three-rounds-feed'

const feed = threeRoundsFeed()
const index = documentSchemas.index.parse(feed['index.json'])
const { sessions } = documentSchemas.sessions.parse(feed['sessions.json'])
const { quotes } = documentSchemas.quotes.parse(feed['quotes.json'])
const sessionsById = new Map(sessions.map((s) => [s.id, s]))
const byId = <T extends { id: string }>(list: readonly T[], id: string) =>
  list.find((x) => x.id === id)!

describe('sessionLabel', () => {
  it('names a session with its round’s place when the feed has several rounds', () => {
    expect(sessionLabel(byId(sessions, 'london-day-2'), index.rounds)).toBe('London, Day 2')
    expect(sessionLabel(byId(sessions, 'geneva-day-1'), index.rounds)).toBe('Geneva, Day 1')
  })

  it('keeps the title alone with one round', () => {
    expect(
      sessionLabel(byId(sessions, 'london-day-2'), [byId(index.rounds, 'london-2025-06')]),
    ).toBe('Day 2')
  })

  it('names a session of a round the index does not list with that round’s id', () => {
    const london = [byId(index.rounds, 'london-2025-06')]
    expect(sessionLabel({ title: 'Day 2', roundId: 'nowhere' }, index.rounds)).toBe(
      'nowhere, Day 2',
    )
    // Beside the one round listed too: "Day 2" would read as London's.
    expect(sessionLabel({ title: 'Day 2', roundId: 'nowhere' }, london)).toBe('nowhere, Day 2')
    expect(sessionLabel({ title: 'Day 2', roundId: 'nowhere' }, [])).toBe('Day 2')
  })

  it('uses the round’s name when two rounds share a place', () => {
    const rounds = [
      { id: 'a', name: 'London round (June)', location: 'London' },
      { id: 'b', name: 'London round (October)', location: 'London' },
      { id: 'c', name: 'Geneva round', location: 'Geneva' },
    ]
    expect(roundShortName(rounds[1]!, rounds)).toBe('London round (October)')
    expect(sessionLabel({ title: 'Day 1', roundId: 'b' }, rounds)).toBe(
      'London round (October), Day 1',
    )
    expect(sessionLabel({ title: 'Day 1', roundId: 'c' }, rounds)).toBe('Geneva, Day 1')
  })

  it('does not name the round twice when the title already names it', () => {
    const rounds = [
      { id: 'g', name: 'Geneva round', location: 'Geneva' },
      { id: 'l', name: 'London round (June)', location: 'London' },
      { id: 'o', name: 'London round (October)', location: 'London' },
    ]
    expect(sessionLabel({ title: 'Geneva Day 1', roundId: 'g' }, rounds)).toBe('Geneva Day 1')
    expect(sessionLabel({ title: 'Day 1 in geneva', roundId: 'g' }, rounds)).toBe('Day 1 in geneva')
    // A word that only starts with the place is not the place.
    expect(sessionLabel({ title: 'Genevans meet', roundId: 'g' }, rounds)).toBe(
      'Geneva, Genevans meet',
    )
    // The place as a word after a longer word that starts with it; beside a hyphen it is a word.
    expect(sessionLabel({ title: 'Genevans in Geneva', roundId: 'g' }, rounds)).toBe(
      'Genevans in Geneva',
    )
    expect(sessionLabel({ title: 'Post-Geneva call', roundId: 'g' }, rounds)).toBe(
      'Post-Geneva call',
    )
    // A digit or a letter beyond the BMP against it makes another word.
    expect(sessionLabel({ title: 'Geneva2 call', roundId: 'g' }, rounds)).toBe(
      'Geneva, Geneva2 call',
    )
    expect(sessionLabel({ title: '\u{1D49C}Geneva call', roundId: 'g' }, rounds)).toBe(
      'Geneva, \u{1D49C}Geneva call',
    )
    // Two rounds in London: the title's "London" does not tell them apart.
    expect(sessionLabel({ title: 'London Day 1', roundId: 'o' }, rounds)).toBe(
      'London round (October), London Day 1',
    )
  })

  it('sees the place in a right-to-left title, as the page isolates both', () => {
    const rounds = [
      { id: 'r', name: isolate('جولة الرياض'), location: isolate('الرياض') },
      { id: 'g', name: 'Geneva round', location: 'Geneva' },
    ]
    const title = isolate('الرياض، اليوم الأول')
    expect(sessionLabel({ title, roundId: 'r' }, rounds)).toBe(title)
  })
})

describe('roundSpans', () => {
  it('dates each round from its sessions, in time order', () => {
    const spans = roundSpans([...index.rounds].reverse(), sessions)
    expect(spans.map((s) => s.round.id)).toEqual([
      'geneva-2025-05',
      'london-2025-06',
      'stockholm-2025-07',
    ])
    expect(spans[2]!.start).toBe(Date.parse('2025-07-28T13:00:00+02:00'))
    expect(spans[2]!.end).toBe(Date.parse('2025-07-29T16:00:00+02:00'))
    expect(spans[2]!.sessions.map((s) => s.id)).toEqual(['stockholm-day-1', 'stockholm-day-2'])
  })

  it('takes the round’s own dates first; an open session leaves the end unknown; no date sorts last', () => {
    const next = {
      ...byId(index.rounds, 'london-2025-06'),
      id: 'next',
      start: '2025-09-01T09:00:00+01:00',
    }
    const undated = { ...byId(index.rounds, 'london-2025-06'), id: 'undated' }
    const open = { ...byId(sessions, 'london-day-2'), end: null }
    const spans = roundSpans(
      [undated, next, byId(index.rounds, 'london-2025-06')],
      [byId(sessions, 'london-day-1'), open],
    )
    expect(spans.map((s) => [s.round.id, s.start, s.end])).toEqual([
      ['london-2025-06', Date.parse('2025-06-09T13:00:00+01:00'), null],
      ['next', Date.parse('2025-09-01T09:00:00+01:00'), null],
      ['undated', null, null],
    ])
  })
})

describe('quotePlace', () => {
  it('takes the quote’s own location first', () => {
    expect(quotePlace(byId(quotes, 'cnbc-new-york'), sessionsById, index.rounds)).toEqual({
      name: 'New York',
      timeZone: 'America/New_York',
      from: 'quote',
    })
  })

  it('takes its session’s place when the quote’s place names the venue or city', () => {
    expect(quotePlace(byId(quotes, 'london-lead'), sessionsById, index.rounds)).toEqual({
      name: 'London',
      timeZone: 'Europe/London',
      from: 'session',
    })
  })

  it('claims no place for a quote said elsewhere, or with no place given', () => {
    const elsewhere = { ...byId(quotes, 'london-lead'), place: 'White House, Washington' }
    expect(quotePlace(elsewhere, sessionsById, index.rounds)).toBeNull()
    expect(quotePlace({ ...elsewhere, place: null }, sessionsById, index.rounds)).toBeNull()
    expect(
      quotePlace(
        { ...elsewhere, place: 'Test House', sessionId: null },
        sessionsById,
        index.rounds,
      ),
    ).toBeNull()
  })
})

describe('formatRelative', () => {
  const now = Date.parse('2026-11-30T12:00:00Z')
  it('reads relative within a week, a date beyond', () => {
    expect(formatRelative(now - 3 * 3_600_000, now)).toBe('3 h ago')
    expect(formatRelative(now - 6 * 86_400_000, now)).toBe('6 d ago')
    expect(formatRelative(now - 7 * 86_400_000, now, 'Europe/London')).toBe('23 Nov 2026')
    expect(formatRelative(Date.parse('2025-07-29T12:00:00Z'), now, 'Europe/London')).toBe(
      '29 Jul 2025',
    )
    expect(formatRelative(now + 8 * 86_400_000, now, 'Europe/London')).toBe('8 Dec 2026')
  })
})
