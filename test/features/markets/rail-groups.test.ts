import { describe, expect, it } from 'vitest'
import { railGroups } from '../../../src/features/markets/rail-groups'
import type { MarketEvent } from '../../../src/features/markets/market-events'

const DAY = 86_400_000
const event = (id: string, at: number): MarketEvent => ({ kind: 'development', id, at, end: null, precision: 'exact', label: id, detail: id, sessionId: null })
const events = [event('a', 0), event('b', 1 * DAY), event('c', 5 * DAY), event('d', 5 * DAY), event('e', 12 * DAY)]

describe('event rail markers', () => {
  it('gathers events before and after the window at its edges, latest (earliest) first', () => {
    const groups = railGroups(events, [2 * DAY, 10 * DAY], [0, 20 * DAY])
    expect(groups.map((g) => [g.edge, g.x, g.events.map((e) => e.id)])).toEqual([
      ['before', 0, ['b', 'a']],
      [null, 3 / 8, ['c', 'd']],
      ['after', 1, ['e']],
    ])
    expect(groups[0]!.note).toBe('before this window')
  })

  it("says when an event lies outside the series' prices", () => {
    const groups = railGroups(events, [0, 12 * DAY], [3 * DAY, 10 * DAY])
    expect(groups.map((g) => g.note)).toEqual([
      'before the first price in this series',
      'before the first price in this series',
      null,
      'after the last price in this series',
    ])
    expect(railGroups(events, [-DAY, -DAY / 2], [3 * DAY, 10 * DAY]).map((g) => [g.edge, g.note])).toEqual([['after', 'before the first price in this series']])
  })
})
