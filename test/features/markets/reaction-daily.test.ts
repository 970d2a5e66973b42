import { describe, expect, it } from 'vitest'
import { computeReaction } from '../../../src/features/markets/reaction'
import { standardDeviation } from '../../../src/features/markets/move-sigma'
import { cadenceOf } from '../../../src/lib/cadence'
import type { PreparedSeries } from '../../../src/features/markets/series-view'
import { dailyCloses, newYork, ny } from './daily-series'

// Test data over three and a half months; the closes around the events are set by hand.
const series = dailyCloses('2025-03-03', '2025-06-27', {
  '2025-06-06': 6000, // Friday
  '2025-06-09': 6030, // Monday: +0.5% on Friday
  '2025-06-10': 5970, // Tuesday: 5970 / 6030 - 1 = -0.995025%
  '2025-06-11': 6000,
  '2025-06-16': 6060, // day 0 + 5 from Monday
  '2025-06-18': 6100, // Wednesday; Thursday 19 June is a holiday
  '2025-06-20': 6161, // Friday: +1% on Wednesday
  '2025-06-23': 6100,
  '2025-06-27': 6222, // Wednesday + 5 closes after day 0 (Fri 20): Mon 23 ... Fri 27
})
const pct = (from: number, to: number) => (to / from - 1) * 100

describe('reaction on daily closes', () => {
  it('is read as daily data from the spacing of the closes', () => {
    expect(series.cadence?.kind).toBe('daily')
  })

  it("an event on a Monday morning before the US open: Monday's close against Friday's", () => {
    const r = computeReaction(newYork, series, ny('2025-06-09', '08:00'))
    expect(r.cadence).toBe('daily')
    expect(r.baseAt).toBe(ny('2025-06-06', '16:00'))
    expect(r.baseValue).toBe(6000)
    expect(r.close.at).toBe(ny('2025-06-09', '16:00'))
    expect(r.close.move).toBeCloseTo(0.5, 10)
    expect(r.next.move).toBeCloseTo(pct(6000, 5970), 10) // -0.5%
    expect(r.d5.at).toBe(ny('2025-06-16', '16:00'))
    expect(r.d5.move).toBeCloseTo(1, 10)
  })

  it('finer horizons are n/a, never a number', () => {
    const r = computeReaction(newYork, series, ny('2025-06-09', '08:00'))
    expect(r.m15).toMatchObject({ na: true, move: null })
    expect(r.h1).toMatchObject({ na: true, move: null })
  })

  it("an event during the US session: that day's close against the previous close", () => {
    const r = computeReaction(newYork, series, ny('2025-06-10', '11:00'))
    expect(r.baseAt).toBe(ny('2025-06-09', '16:00'))
    expect(r.close.at).toBe(ny('2025-06-10', '16:00'))
    expect(r.close.move).toBeCloseTo(-0.995025, 5) // the sign of the day, not flipped
  })

  it("a weekend event: Monday's close against Friday's", () => {
    const r = computeReaction(newYork, series, ny('2025-06-07', '12:00'))
    expect(r.baseAt).toBe(ny('2025-06-06', '16:00'))
    expect(r.close.move).toBeCloseTo(0.5, 10)
  })

  it('skips a holiday: the first close after a Wednesday-evening event is Friday, and +5 counts closes', () => {
    const r = computeReaction(newYork, series, ny('2025-06-18', '18:00'))
    expect(r.baseValue).toBe(6100)
    expect(r.close.at).toBe(ny('2025-06-20', '16:00'))
    expect(r.close.move).toBeCloseTo(1, 10)
    expect(r.next.at).toBe(ny('2025-06-23', '16:00'))
    expect(r.d5.at).toBe(ny('2025-06-27', '16:00'))
    expect(r.d5.move).toBeCloseTo(pct(6100, 6222), 10) // +2%
  })

  it('a close stamped at the very moment of the event has not seen it', () => {
    const r = computeReaction(newYork, series, ny('2025-06-09', '16:00'))
    expect(r.baseAt).toBe(ny('2025-06-06', '16:00'))
  })

  it('says there is no base before the first close, and no move after the last', () => {
    expect(computeReaction(newYork, series, ny('2025-03-01', '12:00'))).toMatchObject({
      baseAt: null,
      baseValue: null,
    })
    const late = computeReaction(newYork, series, ny('2025-06-27', '18:00'))
    expect(late.close).toMatchObject({ at: null, move: null })
  })
})

describe('a yield series, in basis points', () => {
  // Test data: a yield alternating 4.00 / 4.10 for 25 closes, then 4.30 after the event.
  const points = Array.from({ length: 26 }, (_, i) => ({
    t: Date.UTC(2025, 0, 6) + i * 86_400_000,
    v: i === 25 ? 4.3 : i % 2 === 0 ? 4 : 4.1,
  }))
  const yieldSeries: PreparedSeries = {
    instrumentId: 'us10y',
    basis: 'level',
    illustrative: false,
    note: null,
    cadence: cadenceOf(
      points.map((p) => p.t),
      '1d',
    ),
    points,
  }
  const treasury = { ...newYork, id: 'us10y', kind: 'yield' as const }

  it('moves in bp: 4.00% to 4.30% is +30 bp', () => {
    const r = computeReaction(treasury, yieldSeries, points[24]!.t + 3_600_000)
    expect(r.unit).toBe('bp')
    expect(r.baseValue).toBe(4)
    expect(r.close.move).toBeCloseTo(30, 8)
  })

  it('sizes the move against the series: 24 one-day moves of ±10 bp, sd = 10·√(24/23), so 2.94 sigma', () => {
    const r = computeReaction(treasury, yieldSeries, points[24]!.t + 3_600_000)
    const sigma = r.close.sigma!
    expect(sigma.n).toBe(24)
    expect(sigma.sd).toBeCloseTo(10 * Math.sqrt(24 / 23), 6) // 10.2151
    expect(sigma.z).toBeCloseTo(30 / (10 * Math.sqrt(24 / 23)), 6) // 2.9369
  })

  it('says "not enough history" under 20 moves', () => {
    const short: PreparedSeries = {
      ...yieldSeries,
      points: points.slice(0, 12).concat({ t: points[12]!.t, v: 4.3 }),
    }
    const r = computeReaction(treasury, short, points[11]!.t + 3_600_000)
    expect(r.close.sigma).toMatchObject({ n: 11, sd: null, z: null })
  })
})

describe('standardDeviation', () => {
  it('is the sample standard deviation of a known list', () => {
    // 20 values: ten 1s and ten 3s: mean 2, squares sum 20, sd = √(20/19).
    expect(standardDeviation([...Array(10).fill(1), ...Array(10).fill(3)])).toBeCloseTo(
      Math.sqrt(20 / 19),
      12,
    )
    expect(standardDeviation(Array(19).fill(1))).toBeNull()
  })
})
