import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { valueScale } from '../../../src/features/markets/value-scale'

describe('valueScale: the y axis of a market chart', () => {
  it('gives at least five round levels over a day of the S&P 500', () => {
    const { ticks, domain } = valueScale(5987.2, 6012.4)
    expect(ticks.length).toBeGreaterThanOrEqual(5)
    expect(ticks).toEqual([5985, 5990, 5995, 6000, 6005, 6010, 6015])
    expect(domain).toEqual([5985, 6015])
  })

  it('covers small % moves with at least five levels', () => {
    const { ticks } = valueScale(-1.16, 0.05)
    expect(ticks.length).toBeGreaterThanOrEqual(5)
    expect(ticks[0]).toBeLessThanOrEqual(-1.16)
    expect(ticks.at(-1)).toBeGreaterThanOrEqual(0.05)
  })

  it('gives a flat series a band around its value', () => {
    const { ticks, domain } = valueScale(99.25, 99.25)
    expect(ticks.length).toBeGreaterThanOrEqual(5)
    expect(domain[0]).toBeLessThan(99.25)
    expect(domain[1]).toBeGreaterThan(99.25)
  })

  it('gives a flat series the band it is asked for', () => {
    const { ticks, domain } = valueScale(0.005, 0.005, 0.005)
    expect(ticks.length).toBeGreaterThanOrEqual(5)
    expect(domain[0]).toBeLessThanOrEqual(0)
    expect(domain[1]).toBeGreaterThanOrEqual(0.01)
  })

  it('always covers the data with 5 to 20 evenly spaced ticks', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
        fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 1e6 }),
        (min, width) => {
          const { ticks, domain } = valueScale(min, min + width)
          expect(ticks.length).toBeGreaterThanOrEqual(5)
          expect(ticks.length).toBeLessThanOrEqual(20)
          // Within rounding of the tick labels: a millionth of the span.
          const slack = width * 1e-6 + Math.abs(min) * 1e-9 + 1e-12
          expect(domain[0]).toBeLessThanOrEqual(min + slack)
          expect(domain[1]).toBeGreaterThanOrEqual(min + width - slack)
        },
      ),
      { numRuns: 300 },
    )
  })
})
