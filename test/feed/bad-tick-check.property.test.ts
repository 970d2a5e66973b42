// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { badTickFindings } from '../../src/feed/bad-tick-check'
import { testInstrument, testSeries } from './bad-tick-series'

const price = testInstrument()
const yieldOf = testInstrument('yield', '%')

// Test data: a price walking at most 5 % a step, or a yield at most 10 bp a step.
const priceWalk = fc
  .record({
    start: fc.double({ min: 1, max: 10_000, noNaN: true }),
    steps: fc.array(fc.double({ min: -0.05, max: 0.05, noNaN: true }), {
      minLength: 2,
      maxLength: 200,
    }),
  })
  .map(({ start, steps }) =>
    steps.reduce((walk, step) => [...walk, walk.at(-1)! * (1 + step)], [start]),
  )
const yieldWalk = fc
  .record({
    start: fc.double({ min: -1, max: 8, noNaN: true }),
    steps: fc.array(fc.double({ min: -0.1, max: 0.1, noNaN: true }), {
      minLength: 2,
      maxLength: 200,
    }),
  })
  .map(({ start, steps }) => steps.reduce((walk, step) => [...walk, walk.at(-1)! + step], [start]))

// Far enough that the walk cannot close the gap over the longest run looked for (11 steps here).
const farFactor = fc
  .double({ min: 20, max: 1000, noNaN: true })
  .chain((f) => fc.constantFrom(f, 1 / f))
const farOffset = fc.double({ min: 2.5, max: 40, noNaN: true }).chain((d) => fc.constantFrom(d, -d))

/** A walk with a level shift from point `at` on, kept for at least two points. */
const shifted = (walk: number[], at: number, shift: (v: number) => number) =>
  walk.map((v, i) => (i >= at ? shift(v) : v))

/** A walk with `length` points from `at` set to `value`. */
const withRun = (walk: number[], at: number, length: number, value: number) =>
  walk.map((v, i) => (i >= at && i < at + length ? value : v))

describe('bad ticks, over random walks', () => {
  it('finds none in a walk, nor where it jumps to a level that stays', () => {
    fc.assert(
      fc.property(priceWalk, farFactor, fc.nat(), (walk, factor, k) => {
        expect(badTickFindings(price, testSeries(walk))).toEqual([])
        const at = 2 + (k % (walk.length - 3 || 1))
        if (at > walk.length - 2) return
        expect(badTickFindings(price, testSeries(shifted(walk, at, (v) => v * factor)))).toEqual([])
      }),
    )
    fc.assert(
      fc.property(yieldWalk, farOffset, fc.nat(), (walk, offset, k) => {
        expect(badTickFindings(yieldOf, testSeries(walk))).toEqual([])
        const at = 2 + (k % (walk.length - 3 || 1))
        if (at > walk.length - 2) return
        expect(badTickFindings(yieldOf, testSeries(shifted(walk, at, (v) => v + offset)))).toEqual(
          [],
        )
      }),
    )
  })

  it('finds a run of one to three bad points inside a walk, where it starts', () => {
    const inside = (length: number) =>
      fc
        .record({ length: fc.integer({ min: 1, max: 3 }), k: fc.nat() })
        .map(({ length: run, k }) => ({
          run,
          at: 1 + (k % Math.max(1, length - run - 1)),
        }))
    fc.assert(
      fc.property(
        priceWalk.chain((walk) => fc.tuple(fc.constant(walk), inside(walk.length), farFactor)),
        ([walk, { run, at }, factor]) => {
          if (at + run >= walk.length) return
          const series = testSeries(withRun(walk, at, run, walk[at - 1]! * factor))
          const findings = badTickFindings(price, series)
          expect(findings).toMatchObject([{ severity: 'warning', path: `$.points[${at}].v` }])
          if (run > 1) expect(findings[0]!.message).toMatch(new RegExp(`^${run} points in a row`))
        },
      ),
    )
    fc.assert(
      fc.property(
        yieldWalk.chain((walk) => fc.tuple(fc.constant(walk), inside(walk.length), farOffset)),
        ([walk, { run, at }, offset]) => {
          if (at + run >= walk.length) return
          const series = testSeries(withRun(walk, at, run, walk[at - 1]! + offset))
          expect(badTickFindings(yieldOf, series)).toMatchObject([{ path: `$.points[${at}].v` }])
        },
      ),
    )
  })

  it('finds a bad first or last point', () => {
    fc.assert(
      fc.property(priceWalk, farFactor, fc.boolean(), (walk, factor, atStart) => {
        const at = atStart ? 0 : walk.length - 1
        const beside = atStart ? walk[1]! : walk[walk.length - 2]!
        const series = testSeries(withRun(walk, at, 1, beside * factor))
        expect(badTickFindings(price, series)).toMatchObject([{ path: `$.points[${at}].v` }])
      }),
    )
  })

  it('finds the same in a series at any price: a bad tick is a ratio', () => {
    fc.assert(
      fc.property(
        priceWalk,
        farFactor,
        fc.nat(),
        fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
        (walk, factor, k, scale) => {
          const at = k % walk.length
          const values = withRun(walk, at, 1, walk[at]! * factor)
          const paths = (list: number[]) =>
            badTickFindings(price, testSeries(list)).map((f) => f.path)
          expect(paths(values.map((v) => v * scale))).toEqual(paths(values))
        },
      ),
    )
  })
})
