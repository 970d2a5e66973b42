import { describe, expect, it } from 'vitest'
import marketsFixture from '../../../mocks/fixtures/markets.json'
import { documentSchemas } from '../../../src/feed/schemas/documents'
import { reactionCsvRows } from '../../../src/features/markets/export-reactions'
import { collectEvents } from '../../../src/features/markets/market-events'
import { talksEndAt } from '../../../src/features/markets/talks-end'
import { sessionBandsOf } from '../../../src/features/markets/use-market-events'
import { calledOffFeed, calledOffNow } from '../../feed/called-off-feed'

// Test data: the fictional Northport round (Day 1 held, Day 2 postponed, Day 3 cancelled).
const { sessions } = documentSchemas.sessions.parse(calledOffFeed()['sessions.json'])
const { rounds } = documentSchemas.index.parse(calledOffFeed()['index.json'])
const events = collectEvents(sessions, [], [], [], rounds)

describe('the charts on sessions postponed and cancelled', () => {
  it('shade only the session held: one called off is no span of talks', () => {
    const bands = sessionBandsOf(events, calledOffNow + 86_400_000, calledOffNow)
    expect(bands).toEqual([
      {
        from: Date.parse('2025-09-15T10:00:00+01:00'),
        to: Date.parse('2025-09-15T17:00:00+01:00'),
        label: 'Day 1 (session)',
      },
    ])
  })

  it('keep their markers, labelled with what became of them, as the reaction CSV names them', () => {
    expect(events.map((event) => event.label)).toEqual([
      'Day 1 (session)',
      'Day 2 (postponed session)',
      'Day 3 (cancelled session)',
    ])
    const instrument = documentSchemas.markets.parse(marketsFixture).instruments[0]!
    const [header, row] = reactionCsvRows(events[2]!, [
      { instrument, reaction: null, illustrative: false },
    ])
    expect(header?.[0]).toBe('event')
    expect(row?.[0]).toBe('Day 3 (cancelled session)')
  })

  it('a cancelled session brings no more news; a postponed one still may', () => {
    const [day1, day2, day3] = sessions
    expect(talksEndAt(rounds, [day1!, day3!], [], [])).toBe(Date.parse(day1!.end!))
    expect(talksEndAt(rounds, [day1!, day2!], [], [])).toBe(Infinity)
  })
})
