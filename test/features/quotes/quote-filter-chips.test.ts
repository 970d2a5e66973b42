import { describe, expect, it } from 'vitest'
import index from '../../../mocks/fixtures/index.json'
import sessionsDoc from '../../../mocks/fixtures/sessions.json'
import { feedIndexSchema } from '../../../src/feed/schemas/index'
import { sessionSchema } from '../../../src/feed/schemas/sessions'
import { activeFilterChips } from '../../../src/features/quotes/quote-filter-chips'

const feedIndex = feedIndexSchema.parse(index)
const sessions = sessionsDoc.sessions.map((s) => sessionSchema.parse(s))
const none = {
  side: null,
  speaker: null,
  tone: null,
  topic: null,
  round: null,
  session: null,
  from: null,
  to: null,
}
const lists = {
  zone: 'Europe/London',
  parties: feedIndex.parties,
  speakers: feedIndex.people,
  topics: feedIndex.topics,
  sessions,
  rounds: feedIndex.rounds,
}

describe('active filter chips (compact density)', () => {
  it('has none without filters', () => {
    expect(activeFilterChips({ filters: none, sort: 'newest', ...lists })).toEqual([])
  })

  it('names each filter in force by its feed name, in the order of the full filter bar', () => {
    const party = feedIndex.parties.find((p) => p.kind !== 'observers')!
    const person = feedIndex.people[0]!
    const topic = feedIndex.topics[0]!
    const chips = activeFilterChips({
      filters: {
        ...none,
        side: party.id,
        speaker: person.id,
        topic: topic.id,
        tone: 'cautious',
        round: feedIndex.rounds[0]!.id,
        from: Date.UTC(2025, 5, 9, 12),
      },
      sort: 'oldest',
      ...lists,
    })
    expect(chips.map((c) => c.key)).toEqual([
      'side',
      'speaker',
      'topic',
      'tone',
      'round',
      'from',
      'sort',
    ])
    expect(chips.map((c) => c.label)).toEqual([
      `Side: ${party.shortName}`,
      `Speaker: ${person.name}`,
      `Topic: ${topic.label}`,
      'Tone: cautious',
      `Round: ${feedIndex.rounds[0]!.name}`,
      'From Mon 9 Jun, 13:00 BST',
      'Oldest first',
    ])
  })

  it('shows an id the feed does not list as it is, rather than hiding the filter', () => {
    expect(
      activeFilterChips({
        filters: { ...none, speaker: 'nobody-known' },
        sort: 'newest',
        ...lists,
      })[0]!.label,
    ).toBe('Speaker: nobody-known')
  })
})
