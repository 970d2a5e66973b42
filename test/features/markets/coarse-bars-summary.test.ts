import { describe, expect, it } from 'vitest'
import { computeReaction } from '../../../src/features/markets/reaction'
import { instrumentSummary } from '../../../src/features/markets/instrument-summary'
import { intradayBars, ny, testStock, testEvent as event } from './daily-series'

// Test data, not prices. Intraday bars coarser than an hour answer neither +15 min nor +1 h (both
// n/a), yet the later horizons have moves: the summary said "no move yet" all the same.

const HOUR = 3_600_000
const stock = testStock('tst', 'TEST')

/** Bars every `step` ms from each New York open, 9 to 20 June 2025. */
const bars = (step: number) =>
  intradayBars({ step, from: '2025-06-09', to: '2025-06-20', atClose: false })

describe('the summary on bars coarser than an hour', () => {
  it('2-hour bars, an event in session: the move in the first 2-hour bar, not "no move yet"', () => {
    // Bars at 09:30, 11:30, 13:30 and 15:30; the 10:00 event counts from the 09:30 bar.
    const series = bars(2 * HOUR)
    const during = event(ny('2025-06-10', '10:00'), 'a Tuesday statement')
    const r = computeReaction(stock, series, during.at)
    expect(r).toMatchObject({ m15: { na: true }, h1: { na: true } })
    expect(r.close.move).not.toBeNull()
    const base = series.points.find((p) => p.t === ny('2025-06-10', '09:30'))!.v
    expect(r.firstBar?.move).toBeCloseTo(((base + 1) / base - 1) * 100, 10)
    const summary = instrumentSummary(stock, during, r)
    expect(summary).toMatch(/; up 0\.\d\d% in the first 2-hour bar after a Tuesday statement\.$/)
    expect(summary).not.toMatch(/no move yet/)
  })

  it('4-hour bars, an evening event: the first 4-hour bar from the next open', () => {
    const evening = event(ny('2025-06-10', '18:00'), 'an evening statement')
    const summary = instrumentSummary(
      stock,
      evening,
      computeReaction(stock, bars(4 * HOUR), evening.at),
    )
    expect(summary).toMatch(
      /; up 0\.\d\d% in the first 4-hour bar after an evening statement \(from the next open in New York\)\.$/,
    )
  })

  it('a Saturday event on 2-hour bars names the next trading day', () => {
    const saturday = event(ny('2025-06-14', '12:00'), 'a Saturday statement')
    const summary = instrumentSummary(
      stock,
      saturday,
      computeReaction(stock, bars(2 * HOUR), saturday.at),
    )
    expect(summary).toMatch(
      /; up 0\.\d\d% in the first 2-hour bar of the next trading day after a Saturday statement \(Mon 16 Jun, from the open in New York\)\.$/,
    )
  })

  it('no bar within one of the event, though the next close has a move: that close, named', () => {
    // 15:45, after the day's last bar (15:30): its close reads the bar before the event, unchanged;
    // the next bar comes at Wednesday's open. The first close the data answers is Wednesday's.
    const late = event(ny('2025-06-10', '15:45'), 'a late statement')
    const r = computeReaction(stock, bars(2 * HOUR), late.at)
    expect(r.firstBar?.move).toBeNull()
    expect(instrumentSummary(stock, late, r)).toMatch(
      /; up 0\.\d\d% by Wed 11 Jun’s close after a late statement\.$/,
    )
  })

  it('still says "no move yet" when no bar has come since the event', () => {
    const series = bars(2 * HOUR)
    const cut = {
      ...series,
      points: series.points.filter((p) => p.t <= ny('2025-06-10', '09:30')),
    }
    const during = event(ny('2025-06-10', '10:00'), 'a Tuesday statement')
    expect(instrumentSummary(stock, during, computeReaction(stock, cut, during.at))).toMatch(
      /; no move yet after a Tuesday statement\.$/,
    )
  })

  it('hourly bars keep "in the hour after"', () => {
    const during = event(ny('2025-06-10', '10:00'), 'a Tuesday statement')
    const r = computeReaction(stock, bars(HOUR), during.at)
    expect(r.firstBar).toBeUndefined()
    expect(instrumentSummary(stock, during, r)).toMatch(/in the hour after a Tuesday statement\.$/)
  })
})
