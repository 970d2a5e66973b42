import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { sortByTime } from '../../src/lib/sort-by-time'

// Synthetic test items: an id and an ISO time, with repeated times and mixed zone offsets.
const item = fc.record({
  id: fc.uuid(),
  at: fc
    .tuple(fc.integer({ min: 0, max: 2_000 }), fc.constantFrom('Z', '+01:00', '-05:00'))
    .map(
      ([minute, zone]) =>
        `2025-06-10T${String(Math.floor(minute / 60) % 24).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00${zone}`,
    ),
})

describe('sortByTime', () => {
  it('puts items oldest first by the instant their time names, ties in their feed order', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 60 }), (items) => {
        const sorted = sortByTime(items, (i) => i.at)
        expect(sorted).toHaveLength(items.length)
        for (let k = 1; k < sorted.length; k++) {
          const before = Date.parse(sorted[k - 1]!.at)
          const after = Date.parse(sorted[k]!.at)
          expect(before).toBeLessThanOrEqual(after)
          if (before === after)
            expect(items.indexOf(sorted[k - 1]!)).toBeLessThan(items.indexOf(sorted[k]!))
        }
      }),
    )
  })

  it('leaves the list it was given in its order', () => {
    const items = [{ at: '2025-06-10T12:00:00Z' }, { at: '2025-06-09T12:00:00Z' }]
    sortByTime(items, (i) => i.at)
    expect(items[0]!.at).toBe('2025-06-10T12:00:00Z')
  })
})
