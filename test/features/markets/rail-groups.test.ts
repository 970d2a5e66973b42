import { describe, expect, it } from 'vitest'
import { railGroups } from '../../../src/features/markets/rail-groups'
import type { MarketEvent } from '../../../src/features/markets/market-events'

const DAY = 86_400_000
const event = (id: string, at: number): MarketEvent => ({
  kind: 'development',
  id,
  at,
  end: null,
  precision: 'exact',
  label: id,
  detail: id,
  sessionId: null,
})
const events = [
  event('a', 0),
  event('b', 1 * DAY),
  event('c', 5 * DAY),
  event('d', 5 * DAY),
  event('e', 12 * DAY),
]

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
    expect(
      railGroups(events, [-DAY, -DAY / 2], [3 * DAY, 10 * DAY]).map((g) => [g.edge, g.note]),
    ).toEqual([['after', 'before the first price in this series']])
  })
})

describe('event rail markers on a long feed', () => {
  it('gathers events closer than a fraction of the plot into one marker, so a rail draws at most about 140', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => event(`q${i}`, i * 60_000))
    const groups = railGroups(many, [0, 20_000 * 60_000], null)
    expect(groups.length).toBeLessThanOrEqual(141)
    expect(groups.length).toBeGreaterThan(100)
    expect(groups.flatMap((g) => g.events)).toHaveLength(20_000)
    // Markers stay in time order and never overlap by less than the gap.
    for (let i = 1; i < groups.length; i++)
      expect(groups[i]!.x - groups[i - 1]!.x).toBeGreaterThanOrEqual(1 / 140)
  })

  it('keeps events far apart on their own markers', () => {
    const groups = railGroups([event('a', 0), event('b', DAY / 2), event('c', DAY)], [0, DAY], null)
    expect(groups.map((g) => g.events.map((e) => e.id))).toEqual([['a'], ['b'], ['c']])
  })
})
