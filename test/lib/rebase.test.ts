import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  indexAtOrAfter,
  indexAtOrBefore,
  nearestIndex,
  percentMove,
  rebaseSeries,
} from '../../src/lib/rebase'

const level = fc.double({ min: 0.01, max: 1e6, noNaN: true, noDefaultInfinity: true })
const pct = fc.double({ min: -90, max: 200, noNaN: true, noDefaultInfinity: true })

describe('percentMove', () => {
  it('measures levels: 100 to 101 is +1%', () => {
    expect(percentMove(100, 101, 'level')).toBeCloseTo(1, 10)
    expect(percentMove(0, 5, 'level')).toBeNull()
  })

  it('moves with the market from a level below zero: -37 to -10 is a rise', () => {
    expect(percentMove(-37, -10, 'level')).toBeCloseTo((27 / 37) * 100, 10)
    expect(percentMove(-10, -37, 'level')).toBeCloseTo(-270, 10)
    expect(percentMove(-5, 5, 'level')).toBeCloseTo(200, 10)
    // A % change below -100% against the close: the level went below zero.
    expect(percentMove(-150, -120, 'percent-change')).toBeCloseTo(60, 10)
  })

  it('has the sign of the change for any level but zero', () => {
    const any = fc.integer({ min: -1e8, max: 1e8 }).map((cents) => cents / 100)
    fc.assert(
      fc.property(any, any, (from, to) => {
        fc.pre(from !== 0)
        expect(Math.sign(percentMove(from, to, 'level')!)).toBe(Math.sign(to - from))
      }),
    )
  })

  it('measures %-against-a-close through the close, not by subtracting percentages', () => {
    // From +10% to +21% against the same close is a 10% move (110 → 121), not 11 points.
    expect(percentMove(10, 21, 'percent-change')).toBeCloseTo(10, 10)
  })

  it('is 0 at the base and composes: a→b then b→c equals a→c', () => {
    fc.assert(
      fc.property(level, level, level, (a, b, c) => {
        expect(percentMove(a, a, 'level')).toBe(0)
        const ab = percentMove(a, b, 'level')!
        const bc = percentMove(b, c, 'level')!
        const ac = percentMove(a, c, 'level')!
        expect((1 + ab / 100) * (1 + bc / 100)).toBeCloseTo(1 + ac / 100, 6)
      }),
    )
  })

  it('gives the same move whether a path is given as levels or as % against a reference', () => {
    fc.assert(
      fc.property(level, pct, pct, (reference, a, b) => {
        const fromLevels = percentMove(
          reference * (1 + a / 100),
          reference * (1 + b / 100),
          'level',
        )!
        expect(percentMove(a, b, 'percent-change')!).toBeCloseTo(fromLevels, 6)
      }),
    )
  })
})

describe('rebaseSeries', () => {
  it('puts the base value at 0% and keeps time and order', () => {
    fc.assert(
      fc.property(fc.array(level, { minLength: 1, maxLength: 200 }), fc.nat(), (values, pick) => {
        const points = values.map((v, i) => ({ t: i * 60_000, v }))
        const base = points[pick % points.length]!
        const rebased = rebaseSeries(points, base.v, 'level')
        expect(rebased.map((p) => p.t)).toEqual(points.map((p) => p.t))
        expect(rebased[pick % points.length]!.v).toBe(0)
        rebased.forEach((p, i) => expect(Math.sign(p.v)).toBe(Math.sign(points[i]!.v - base.v)))
      }),
    )
  })
})

describe('time search', () => {
  const points = [10, 20, 20, 30, 50].map((t) => ({ t, v: t }))
  it('finds the last point at or before, the first at or after, and the nearest', () => {
    expect(indexAtOrBefore(points, 5)).toBe(-1)
    expect(indexAtOrBefore(points, 20)).toBe(2)
    expect(indexAtOrBefore(points, 49)).toBe(3)
    expect(indexAtOrAfter(points, 20)).toBe(1)
    expect(indexAtOrAfter(points, 31)).toBe(4)
    expect(indexAtOrAfter(points, 51)).toBe(-1)
    expect(nearestIndex(points, 39)).toBe(3)
    expect(nearestIndex(points, 41)).toBe(4)
    expect(nearestIndex(points, 0)).toBe(0)
    expect(nearestIndex([], 0)).toBe(-1)
  })

  it('agrees with a linear scan', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1000 })),
        fc.integer({ min: -10, max: 1010 }),
        (ts, t) => {
          const sorted = [...ts].sort((a, b) => a - b).map((x) => ({ t: x }))
          let expected = -1
          sorted.forEach((p, i) => {
            if (p.t <= t) expected = i
          })
          expect(indexAtOrBefore(sorted, t)).toBe(expected)
          const after = sorted.findIndex((p) => p.t >= t)
          expect(indexAtOrAfter(sorted, t)).toBe(after)
          if (sorted.length) {
            const best = Math.min(...sorted.map((p) => Math.abs(p.t - t)))
            expect(Math.abs(sorted[nearestIndex(sorted, t)]!.t - t)).toBe(best)
          }
        },
      ),
    )
  })
})
