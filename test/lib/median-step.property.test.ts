// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { medianStep } from '../../src/lib/cadence'

/** The lower median of the positive gaps, by sorting them: what medianStep must give. */
function sortedMedian(times: readonly number[]): number {
  const gaps = times.slice(1).map((t, i) => t - times[i]!)
  const positive = gaps.filter((gap) => gap > 0).sort((a, b) => a - b)
  return positive.length === 0 ? 0 : positive[(positive.length - 1) >> 1]!
}

describe('medianStep', () => {
  it('is the lower median of the gaps between distinct instants, repeated gaps and ties included', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 60 }),
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { maxLength: 60 }),
        (steps, spread) => {
          // Test data: instants in order, from a few repeated steps (as ticks are) and from wide ones.
          let t = 0
          const few = steps.map((step) => (t += step * 1000))
          const wide = [...spread].sort((a, b) => a - b)
          expect(medianStep(few)).toBe(sortedMedian(few))
          expect(medianStep(wide)).toBe(sortedMedian(wide))
        },
      ),
    )
  })
})
