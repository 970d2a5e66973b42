import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { computeReaction } from '../../../src/features/markets/reaction'
import {
  closedSpans,
  insertBreaks,
  tradingSpans,
  type PreparedSeries,
} from '../../../src/features/markets/series-view'

const hongKong = {
  id: 'hstech',
  timeZone: 'Asia/Hong_Kong',
  tradingHours: [
    { days: [1, 2, 3, 4, 5], open: '09:30', close: '12:00' },
    { days: [1, 2, 3, 4, 5], open: '13:00', close: '16:00' },
  ],
}
const brent = {
  id: 'brent',
  timeZone: 'Europe/London',
  tradingHours: [{ days: [1, 2, 3, 4, 5], open: '01:00', close: '23:00' }],
}

const MIN = 60_000
const at = (iso: string) => Date.parse(iso)

/** One point a minute through the given trading spans, rising 0.01 a minute from `start`. */
function minuteSeries(
  spans: readonly (readonly [number, number])[],
  start = 100,
  basis: 'level' | 'percent-change' = 'level',
): PreparedSeries {
  const points: { t: number; v: number }[] = []
  let v = start
  for (const [open, close] of spans) {
    for (let t = open; t <= close; t += MIN) {
      points.push({ t, v })
      v += 0.01
    }
  }
  return { instrumentId: 'x', basis, illustrative: true, note: null, points }
}

describe('computeReaction', () => {
  it('counts from the event when the market is open, at +15 min, +1 h and the day close', () => {
    const day = tradingSpans(brent, [at('2025-06-09T00:00:00Z'), at('2025-06-09T23:59:00Z')])
    const series = minuteSeries(day)
    const event = at('2025-06-09T12:00:00Z') // 13:00 in London, Brent trading
    const reaction = computeReaction(brent, series, event)
    expect(reaction.closedAtEvent).toBe(false)
    expect(reaction.baseAt).toBe(event)
    const base = series.points.find((p) => p.t === event)!.v
    expect(reaction.baseValue).toBe(base)
    expect(reaction.m15.move).toBeCloseTo(((base + 0.15) / base - 1) * 100, 8)
    expect(reaction.h1.move).toBeCloseTo(((base + 0.6) / base - 1) * 100, 8)
    expect(reaction.close.at).toBe(at('2025-06-09T22:00:00Z')) // 23:00 London
    expect(reaction.close.move).toBeCloseTo(((base + 0.01 * 600) / base - 1) * 100, 8)
  })

  it('counts a market closed at the event from its next open, and says it was closed', () => {
    const spans = tradingSpans(hongKong, [at('2025-06-09T00:00:00Z'), at('2025-06-10T23:00:00Z')])
    const series = minuteSeries(spans, -0.5, 'percent-change')
    const event = at('2025-06-09T12:00:00Z') // 20:00 in Hong Kong: closed
    const reaction = computeReaction(hongKong, series, event)
    expect(reaction.closedAtEvent).toBe(true)
    expect(reaction.baseAt).toBe(at('2025-06-10T01:30:00Z')) // Tuesday 09:30 in Hong Kong
    const baseValue = series.points.find((p) => p.t === reaction.baseAt)!.v
    expect(reaction.baseValue).toBe(baseValue)
    expect(reaction.m15.at).toBe(at('2025-06-10T01:45:00Z'))
    // The close of the trading day, after the lunch break: 16:00 in Hong Kong.
    expect(reaction.close.at).toBe(at('2025-06-10T08:00:00Z'))
    const closeValue = series.points.find((p) => p.t === at('2025-06-10T08:00:00Z'))!.v
    expect(reaction.close.move).toBeCloseTo(((100 + closeValue) / (100 + baseValue) - 1) * 100, 8)
  })

  it('has no move yet where the series has not reached the horizon', () => {
    const spans = tradingSpans(hongKong, [at('2025-06-09T00:00:00Z'), at('2025-06-09T23:00:00Z')])
    const series = minuteSeries(spans)
    const reaction = computeReaction(hongKong, series, at('2025-06-09T12:00:00Z'))
    expect(reaction.closedAtEvent).toBe(true)
    expect(reaction.baseValue).toBeNull()
    expect(reaction.m15.move).toBeNull()
    expect(reaction.close.move).toBeNull()
  })

  it('never reads a value from after a horizon, for any event time', () => {
    const spans = tradingSpans(hongKong, [at('2025-06-09T00:00:00Z'), at('2025-06-11T00:00:00Z')])
    const series = minuteSeries(spans)
    fc.assert(
      fc.property(
        fc.integer({ min: at('2025-06-08T00:00:00Z'), max: at('2025-06-11T00:00:00Z') }),
        (event) => {
          const r = computeReaction(hongKong, series, event)
          if (r.baseAt !== null) expect(r.baseAt).toBeGreaterThanOrEqual(event)
          for (const move of [r.m15, r.h1, r.close]) {
            if (move.at !== null && r.baseAt !== null)
              expect(move.at).toBeGreaterThanOrEqual(r.baseAt)
            if (move.move !== null) expect(move.move).toBeGreaterThanOrEqual(0) // the series only rises
          }
        },
      ),
      { numRuns: 60 },
    )
  })
})

describe('closed hours', () => {
  it('breaks the line between sessions, never across the lunch break or the night', () => {
    const window = [at('2025-06-09T00:00:00Z'), at('2025-06-10T12:00:00Z')] as const
    const spans = tradingSpans(hongKong, window)
    const rows = insertBreaks(minuteSeries(spans).points, spans)
    const breaks = rows.filter((r) => r.v === null)
    // Monday lunch, Monday night, Tuesday lunch.
    expect(breaks).toHaveLength(3)
    const closed = closedSpans(spans, window)
    expect(closed[0]).toEqual([window[0], at('2025-06-09T01:30:00Z')])
    expect(closed).toContainEqual([at('2025-06-09T04:00:00Z'), at('2025-06-09T05:00:00Z')])
  })
})
