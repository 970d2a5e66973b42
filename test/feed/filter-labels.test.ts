import { describe, expect, it } from 'vitest'
import { filterLabels, type FilterNames } from '../../src/feed/filter-labels'

// Fictional test people and parties: two delegates share a name.
const names: FilterNames = {
  parties: [
    { id: 'west', name: 'Test West', shortName: 'West', kind: 'government' },
    { id: 'east', name: 'Test East', shortName: 'East', kind: 'government' },
  ],
  people: [
    {
      id: 'pm-w',
      name: 'Priya Mehta',
      kind: 'person',
      role: 'Envoy',
      organisation: 'Trade Ministry',
      partyId: 'west',
    },
    {
      id: 'pm-e',
      name: 'Priya Mehta',
      kind: 'person',
      role: 'Envoy',
      organisation: 'Trade Ministry',
      partyId: 'east',
    },
    {
      id: 'al',
      name: 'Avery Lin',
      kind: 'person',
      role: 'Analyst',
      organisation: 'Test Bank',
      partyId: 'west',
    },
  ],
  topics: [],
  sessions: [],
  rounds: [],
}

const speakerLabel = (speaker: string) =>
  filterLabels({ speaker }, names, 'Europe/London').find((l) => l.key === 'speaker')?.label

describe('filterLabels: the speaker', () => {
  it('tells namesakes apart as the Speaker filter does, so a shared link names the right one', () => {
    expect(speakerLabel('pm-e')).toBe('Speaker: Priya Mehta (East)')
    expect(speakerLabel('pm-w')).toBe('Speaker: Priya Mehta (West)')
  })

  it('names anyone else by name alone, and an unknown id by the id', () => {
    expect(speakerLabel('al')).toBe('Speaker: Avery Lin')
    expect(speakerLabel('nobody-known')).toBe('Speaker: nobody-known')
  })
})
