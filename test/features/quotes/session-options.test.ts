import { describe, expect, it } from 'vitest'
import index from '../../../mocks/fixtures/index.json'
import sessionsDoc from '../../../mocks/fixtures/sessions.json'
import { feedIndexSchema } from '../../../src/feed/schemas/index'
import { sessionSchema } from '../../../src/feed/schemas/sessions'
import { sessionOptions } from '../../../src/features/quotes/session-options'

const feedIndex = feedIndexSchema.parse(index)
const demo = sessionsDoc.sessions.map((s) => sessionSchema.parse(s))

/** Test data: 300 one-day sessions, Day 1 on 1 Jan 2025, listed newest first. */
const many = Array.from({ length: 300 }, (_, i) => ({
  ...demo[0]!,
  id: `test-session-${i + 1}`,
  title: `Day ${i + 1}`,
  start: new Date(Date.UTC(2025, 0, 1 + i, 9)).toISOString(),
})).reverse()

describe('the quote wall’s Session filter options', () => {
  it('lists every session of a short feed, and no note', () => {
    const { options, note } = sessionOptions(demo, null, feedIndex.rounds)
    expect(options.map((o) => o.label)).toEqual(['Day 1', 'Day 2'])
    expect(note).toBeNull()
  })

  it('on 300 sessions lists the latest 20 in time order and says where the others are', () => {
    const { options, note } = sessionOptions(many, null, feedIndex.rounds)
    expect(options).toHaveLength(20)
    expect(options[0]!.value).toBe('test-session-281')
    expect(options.at(-1)!.value).toBe('test-session-300')
    expect(note).toBe('280 earlier sessions: choose on the timeline')
    // With a Round filter to narrow them first, it says so.
    expect(sessionOptions(many, null, feedIndex.rounds, { roundFirst: true }).note).toBe(
      '280 earlier sessions: choose their round, or on the timeline',
    )
  })

  it('keeps an earlier session that is selected (from a link or the timeline) listed first', () => {
    const { options } = sessionOptions(many, 'test-session-3', feedIndex.rounds)
    expect(options).toHaveLength(21)
    expect(options[0]!.value).toBe('test-session-3')
  })
})
