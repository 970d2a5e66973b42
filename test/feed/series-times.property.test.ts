// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  firstPointTime,
  lastPointAtOrBefore,
  pointsAtOrBefore,
  pointsInOrder,
} from '../../src/feed/series-times'

const base = Date.parse('2025-06-09T00:00:00Z')
// Test data: points a minute apart or at the same minute, in time order or shuffled.
const pointsArb = fc
  .array(fc.record({ minute: fc.integer({ min: 0, max: 60 }), v: fc.integer() }), {
    maxLength: 40,
  })
  .chain((raw) =>
    fc.boolean().map((ordered) => {
      const list = ordered ? [...raw].sort((a, b) => a.minute - b.minute) : raw
      return list.map(({ minute, v }) => ({
        t: new Date(base + minute * 60_000).toISOString(),
        v,
      }))
    }),
  )
const instantArb = fc.integer({ min: -5, max: 65 }).map((minute) => base + minute * 60_000)
const at = (p: { t: string }) => Date.parse(p.t)

describe('series times', () => {
  it('cut, last point and first time agree with a plain scan of the points', () => {
    fc.assert(
      fc.property(pointsArb, instantArb, (points, t) => {
        expect(pointsAtOrBefore(points, t)).toEqual(points.filter((p) => at(p) <= t))
        let last: (typeof points)[number] | null = null
        for (const p of points) if (at(p) <= t && (last === null || at(p) >= at(last))) last = p
        expect(lastPointAtOrBefore(points, t)).toBe(last)
        expect(firstPointTime(points)).toBe(points.length ? Math.min(...points.map(at)) : null)
        expect(pointsInOrder(points).map((p) => p.t)).toEqual(points.map(at).sort((a, b) => a - b))
      }),
    )
  })

  it('a cut knows its own times, whether the whole series was put in order before or not', () => {
    fc.assert(
      fc.property(pointsArb, instantArb, fc.boolean(), (points, t, orderFirst) => {
        const series = points.map((p) => ({ ...p }))
        if (orderFirst) pointsInOrder(series)
        const cut = pointsAtOrBefore(series, t)
        const plain = cut.map((p) => ({ t: at(p), v: p.v })).sort((a, b) => a.t - b.t)
        expect(pointsInOrder(cut)).toEqual(plain)
        expect(lastPointAtOrBefore(cut, t)).toBe(lastPointAtOrBefore(series, t))
        expect(firstPointTime(cut)).toBe(cut.length ? Math.min(...cut.map(at)) : null)
      }),
    )
  })

  it('gives two cuts of a series in time order the same points in order: a replay step makes none again', () => {
    const series = Array.from({ length: 10 }, (_, i) => ({
      t: new Date(base + i * 60_000).toISOString(),
      v: i,
    }))
    const early = pointsInOrder(pointsAtOrBefore(series, base + 4 * 60_000))
    const later = pointsInOrder(pointsAtOrBefore(series, base + 7 * 60_000))
    expect(early).toHaveLength(5)
    early.forEach((point, i) => expect(later[i]).toBe(point))
  })

  it('gives the same list back when nothing is cut', () => {
    const points = [{ t: new Date(base).toISOString(), v: 1 }]
    expect(pointsAtOrBefore(points, base)).toBe(points)
  })
})
