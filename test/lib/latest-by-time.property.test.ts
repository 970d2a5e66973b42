// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { latestByTime, sortByTime } from '../../src/lib/sort-by-time'

type Item = { id: number; at: string }

describe('latestByTime', () => {
  it('gives the last items of the whole list sorted by time, ties in list order', () => {
    fc.assert(
      fc.property(
        // Test data: few distinct minutes, so that many items share a time.
        fc.array(fc.integer({ min: 0, max: 8 }), { maxLength: 40 }),
        fc.integer({ min: 0, max: 45 }),
        (minutes, count) => {
          const items: Item[] = minutes.map((m, id) => ({
            id,
            at: new Date(Date.UTC(2025, 5, 9, 10, m)).toISOString(),
          }))
          const at = (item: Item) => item.at
          const expected = count === 0 ? [] : sortByTime(items, at).slice(-count)
          expect(latestByTime(items, at, count).map((i) => i.id)).toEqual(expected.map((i) => i.id))
        },
      ),
    )
  })
})
