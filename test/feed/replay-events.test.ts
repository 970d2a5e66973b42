// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { eventAfter, eventBefore, replayEvents } from '../../src/feed/replay-events'
import { stockholmDevelopments, threeRoundsFeed } from './three-rounds-feed'
import { documentSchemas } from '../../src/feed/schemas/documents'

const feed = threeRoundsFeed()
const index = documentSchemas.index.parse(feed['index.json'])
const { sessions } = documentSchemas.sessions.parse(feed['sessions.json'])
const { quotes } = documentSchemas.quotes.parse(feed['quotes.json'])
const events = replayEvents({
  sessions,
  developments: [],
  quotes,
  rounds: index.rounds,
  people: index.people,
})
const at = (iso: string) => Date.parse(iso)

describe('replay events', () => {
  it('lists session starts and ends and quotes in time order, named with their round and speaker', () => {
    expect(events.map((e) => e.t)).toEqual([...events.map((e) => e.t)].sort((a, b) => a - b))
    expect(events.length).toBe(sessions.length * 2 + quotes.length)
    expect(events[0]!.label).toBe('Geneva, Day 1 begins')
    expect(events.some((e) => /^London, Day 2 ends$/.test(e.label))).toBe(true)
    expect(events.some((e) => e.label === 'Bo Test: “A test remark in London.”')).toBe(true)
  })

  it('gives one event per instant, saying how many more happened then', () => {
    const session = sessions.find((s) => s.roundId === 'stockholm-2025-07')!
    const { developments } = documentSchemas.developments.parse(stockholmDevelopments(2, 0))
    const same = replayEvents({
      sessions: [session],
      developments: developments.map((d) => ({ ...d, at: session.start })),
      quotes: [],
      rounds: index.rounds,
      people: index.people,
    })
    expect(same).toEqual([
      { t: at(session.start), label: 'Stockholm, Day 1 begins (+2 more)' },
      { t: at(session.end!), label: 'Stockholm, Day 1 ends' },
    ])
  })

  it('finds the event strictly after and strictly before a moment', () => {
    const second = events[1]!
    expect(eventAfter(events, second.t)).toBe(events[2])
    expect(eventAfter(events, second.t - 1)).toBe(second)
    expect(eventBefore(events, second.t)).toBe(events[0])
    expect(eventBefore(events, events[0]!.t)).toBeNull()
    expect(eventAfter(events, events.at(-1)!.t)).toBeNull()
  })
})
