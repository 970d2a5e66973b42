import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { lttb, lttbIndices, type TimePoint } from '../../src/lib/lttb'

const series = fc
  .array(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }), {
    minLength: 0,
    maxLength: 3000,
  })
  .chain((values) =>
    fc
      .array(fc.integer({ min: 0, max: 5 }), { minLength: values.length, maxLength: values.length })
      .map((gaps) => {
        let t = 1_749_427_200_000
        return values.map((v, i) => {
          t += gaps[i]! * 1000
          return { t, v }
        })
      }),
  )

describe('lttb', () => {
  it('keeps the first, the last, the minimum and the maximum', () => {
    fc.assert(
      fc.property(series, fc.integer({ min: 0, max: 2000 }), (points, threshold) => {
        const out = lttb(points, threshold)
        if (points.length === 0) {
          expect(out).toEqual([])
          return
        }
        expect(out[0]).toBe(points[0])
        expect(out.at(-1)).toBe(points.at(-1))
        const values = points.map((p) => p.v)
        expect(out.some((p) => p.v === Math.min(...values))).toBe(true)
        expect(out.some((p) => p.v === Math.max(...values))).toBe(true)
      }),
    )
  })

  it('returns at most max(threshold, 4) points, every one from the input, in time order', () => {
    fc.assert(
      fc.property(series, fc.integer({ min: 0, max: 2000 }), (points, threshold) => {
        const indices = lttbIndices(points, threshold)
        expect(indices.length).toBeLessThanOrEqual(Math.max(threshold, 4))
        for (let i = 1; i < indices.length; i++) {
          expect(indices[i]!).toBeGreaterThan(indices[i - 1]!)
          expect(points[indices[i]!]!.t).toBeGreaterThanOrEqual(points[indices[i - 1]!]!.t)
        }
        indices.forEach((i) => expect(i).toBeLessThan(points.length))
      }),
    )
  })

  it('returns every point when the threshold is at least the length', () => {
    fc.assert(
      fc.property(series, (points) => {
        expect(lttb(points, points.length + 10)).toEqual(points)
      }),
    )
  })

  it('keeps a spike that a plain every-nth sampler would miss', () => {
    const points: TimePoint[] = Array.from({ length: 100_000 }, (_, i) => ({
      t: i * 1000,
      v: Math.sin(i / 500),
    }))
    points[54_321] = { t: 54_321_000, v: 40 }
    points[12_345] = { t: 12_345_000, v: -40 }
    const out = lttb(points, 800)
    expect(out.length).toBeLessThanOrEqual(800)
    expect(out.some((p) => p.v === 40)).toBe(true)
    expect(out.some((p) => p.v === -40)).toBe(true)
  })
})
