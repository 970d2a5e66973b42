// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { wideBand } from '../../../src/features/markets/snapshot-band-tiers'
import { shownAt, tiers } from './band-widths'

describe('the snapshot band at each width', () => {
  it('fills its one row of places with the first instruments and one "+N more" counting the rest', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), (count) => {
        const band = wideBand(count)
        for (const { from, places } of tiers) {
          const cells = band.cellClasses.filter((name) => shownAt(name, from)).length
          const more = band.more.filter(({ shownClass }) => shownAt(shownClass, from))
          expect(more.length, `${count} at ${from}rem`).toBeLessThanOrEqual(1)
          expect(cells + more.length).toBe(Math.min(count, places))
          expect(cells + (more[0]?.hidden ?? 0)).toBe(count)
          // The first ones shown: a cell hidden here has none shown after it.
          const shown = band.cellClasses.map((name) => shownAt(name, from))
          expect(shown.slice(0, cells).every(Boolean)).toBe(true)
        }
      }),
    )
  })

  it('gives a wide band as many columns as it fills', () => {
    expect(wideBand(6).columnClasses).toBe('')
    expect(wideBand(7).columnClasses).toBe('@[110rem]:grid-cols-7')
    expect(wideBand(9).columnClasses).toBe('@[110rem]:grid-cols-8 @[138rem]:grid-cols-9')
    expect(wideBand(20).columnClasses).toBe(
      '@[110rem]:grid-cols-8 @[138rem]:grid-cols-10 @[165rem]:grid-cols-12',
    )
  })
})
