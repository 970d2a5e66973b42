// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { earliestByTime, latestByTime, sortByTime } from '../../src/lib/sort-by-time'

type Item = { id: string; at: string }

// Test data: few distinct minutes, so that many items share a time.
const items = (minutes: number[]): Item[] =>
  minutes.map((m, id) => ({
    id: `i${id}`,
    at: new Date(Date.UTC(2025, 5, 9, 10, m)).toISOString(),
  }))
const at = (item: Item) => item.at

describe('latestByTime', () => {
  it('gives the last items of the whole list sorted by time, ties in list order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 8 }), { maxLength: 40 }),
        fc.integer({ min: 0, max: 45 }),
        (minutes, count) => {
          const list = items(minutes)
          const expected = count === 0 ? [] : sortByTime(list, at).slice(-count)
          expect(latestByTime(list, at, count).map((i) => i.id)).toEqual(expected.map((i) => i.id))
        },
      ),
    )
  })
})

describe('earliestByTime', () => {
  it('gives the first of the chosen items in the whole list sorted by time, ties in list order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 8 }), { maxLength: 40 }),
        fc.array(fc.integer({ min: 0, max: 45 }), { maxLength: 10 }),
        (minutes, picks) => {
          const list = items(minutes)
          const ids = [...new Set(picks.filter((i) => i < list.length).map((i) => `i${i}`))]
          const expected = sortByTime(list, at).find((item) => ids.includes(item.id))?.id
          expect(earliestByTime(list, at, ids)).toBe(expected)
        },
      ),
    )
  })
})
