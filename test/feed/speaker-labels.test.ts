import { describe, expect, it } from 'vitest'
import { speakerLabels } from '../../src/feed/speaker-labels'

// Fictional test people and parties.
const parties = [
  { id: 'west', name: 'Test West', shortName: 'West', kind: 'government' as const },
  { id: 'east', name: 'Test East', shortName: 'East', kind: 'government' as const },
]
const person = (id: string, name: string, partyId: string, organisation: string) => ({
  id,
  name,
  kind: 'person' as const,
  role: 'Test delegate',
  organisation,
  partyId,
})

describe('speakerLabels', () => {
  it('gives a name no one else has as it is', () => {
    const labels = speakerLabels([person('a', 'Avery Test', 'west', 'Office')], parties)
    expect(labels.get('a')).toBe('Avery Test')
  })

  it('tells namesakes apart by party, then organisation, then, with nothing else, by id', () => {
    const labels = speakerLabels(
      [
        person('p1', 'Priya Mehta', 'west', 'Trade Ministry'),
        person('p2', 'Priya Mehta', 'west', 'Press Office'),
        person('p3', 'Priya Mehta', 'east', 'Trade Ministry'),
        person('s1', 'Sam Lee', 'west', 'Trade Office'),
        person('s2', 'Sam Lee', 'west', 'Trade Office'),
        person('u1', 'Uma Test', 'unlisted', 'Office'),
        person('u2', 'Uma Test', 'west', 'Office'),
      ],
      parties,
    )
    expect([...labels.values()]).toEqual([
      'Priya Mehta (West, Trade Ministry)',
      'Priya Mehta (West, Press Office)',
      'Priya Mehta (East)',
      'Sam Lee (West, Trade Office, s1)',
      'Sam Lee (West, Trade Office, s2)',
      // A party the feed does not list goes by its id.
      'Uma Test (unlisted)',
      'Uma Test (West)',
    ])
  })
})
