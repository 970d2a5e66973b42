import { describe, expect, it } from 'vitest'
import { farOffTimes } from '../../src/feed/far-off-points'

// Test data: daily and minute timestamps built here, not a real market's.
const day = 86_400_000
const start = Date.parse('2020-01-01T21:00:00Z')
const daily = (n: number) => Array.from({ length: n }, (_, i) => start + i * day)
const dropped = (times: number[]) => [...farOffTimes(times).far].sort((a, b) => a - b)

describe('far-off series points', () => {
  it('keeps every point of a long history: five years of daily closes', () => {
    expect(dropped(daily(1826))).toEqual([])
  })

  it('keeps a dense recent week of minute bars beside a daily history', () => {
    const minutes = Array.from({ length: 7 * 390 }, (_, i) => start + 1826 * day + i * 60_000)
    expect(dropped([...daily(1826), ...minutes])).toEqual([])
  })

  it('drops a typo years away at either end, and only it', () => {
    const times = daily(76)
    expect(dropped([...times, Date.parse('2125-06-09T20:00:00Z')])).toEqual([76])
    expect(dropped([Date.parse('0001-01-01T00:00:00Z'), ...times])).toEqual([0])
    expect(
      dropped([...times, Date.parse('9999-12-31T00:00:00Z'), Date.parse('2125-06-09T20:00:00Z')]),
    ).toEqual([76, 77])
    // One at each end: each would hide the other if measured against everything else.
    expect(
      dropped([Date.parse('0001-01-01T00:00:00Z'), ...times, Date.parse('2125-06-09T20:00:00Z')]),
    ).toEqual([0, 77])
  })

  it('drops typos at both ends and in between that would shelter each other', () => {
    // The property test's find: year 0, next January and 4051 around a day and a half of prices.
    const halfHours = Array.from(
      { length: 72 },
      (_, i) => Date.parse('2025-06-09T00:00:00Z') + i * 1_800_000,
    )
    const extra = ['0000-01-01T00:00:00Z', '2026-01-01T00:00:00Z', '4051-01-01T00:00:00Z'].map(
      (t) => Date.parse(t),
    )
    expect(dropped([extra[0]!, ...halfHours, extra[1]!, extra[2]!])).toEqual([0, 73, 74])
  })

  it('finds the same points whatever order the series lists them in', () => {
    const inOrder = [
      Date.parse('0001-01-01T00:00:00Z'),
      ...daily(76),
      Date.parse('2125-06-09T20:00:00Z'),
    ]
    // A fixed shuffle: every seventh point first, then the rest.
    const positions = [...inOrder.keys()].sort((a, b) => (a % 7) - (b % 7) || a - b)
    const shuffled = positions.map((i) => inOrder[i]!)
    const farTimes = (times: number[]) =>
      [...farOffTimes(times).far].map((i) => times[i]!).sort((a, b) => a - b)
    expect(farTimes(shuffled)).toEqual(farTimes(inOrder))
    expect(farTimes(shuffled)).toEqual([inOrder[0], inOrder.at(-1)])
    expect(farOffTimes(shuffled).median).toBe(farOffTimes(inOrder).median)
  })

  it('keeps a sparse series whole: three monthly points', () => {
    expect(dropped([0, 1, 2].map((i) => Date.parse(`2025-0${i + 1}-28T00:00:00Z`)))).toEqual([])
  })

  it('keeps a point a few weeks past a short series (not cut off by more than a month)', () => {
    const hours = Array.from({ length: 36 }, (_, i) => start + i * 3_600_000)
    expect(dropped([...hours, start + 20 * day])).toEqual([])
    expect(dropped([...hours, start + 400 * day])).toEqual([36])
  })
})
