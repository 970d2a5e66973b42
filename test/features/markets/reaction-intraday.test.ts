import { describe, expect, it } from 'vitest'
import { computeReaction, withSeriesStopped } from '../../../src/features/markets/reaction'
import { instrumentSummary } from '../../../src/features/markets/instrument-summary'
import type { MarketEvent } from '../../../src/features/markets/market-events'
import { intradayBars, newYork, ny, testStock } from './daily-series'

const MIN = 60_000

const intraday = (step: number) =>
  intradayBars({ step, from: '2025-06-09', to: '2025-06-20', instrumentId: 'x' })

describe('reaction on intraday data', () => {
  it('5-minute bars: +15 min, +1 h, the day close, the next close and five closes on', () => {
    const series = intraday(5 * MIN)
    const r = computeReaction(newYork, series, ny('2025-06-10', '11:00'))
    expect(r.cadence).toBe('intraday')
    expect(r.closedAtEvent).toBe(false)
    const base = series.points.find((p) => p.t === ny('2025-06-10', '11:00'))!.v
    expect(r.m15.move).toBeCloseTo(((base + 3) / base - 1) * 100, 10)
    expect(r.h1.move).toBeCloseTo(((base + 12) / base - 1) * 100, 10)
    expect(r.close.at).toBe(ny('2025-06-10', '16:00'))
    expect(r.next.at).toBe(ny('2025-06-11', '16:00'))
    // Five trading days on, Juneteenth (no session in the weekly hours, so counted) aside: Tue 17 June.
    expect(r.d5.at).toBe(ny('2025-06-17', '16:00'))
    // 8 days of 79 points: enough 15-minute moves for a sigma; each one is +3 points.
    expect(r.m15.sigma?.n).toBeGreaterThan(20)
  })

  it('a market open at the event whose series stopped days before: no base, marked once counting was due', () => {
    // The series ends on Friday 20 June; an event on Thursday 26 June at 11:00, New York open.
    const eventAt = ny('2025-06-26', '11:00')
    const r = computeReaction(newYork, intraday(5 * MIN), eventAt)
    expect(r).toMatchObject({ closedAtEvent: false, baseValue: null })
    expect(withSeriesStopped(r, eventAt + 60 * MIN).seriesStopped).toBe(true)
    // A price of the session before still counts: Monday's event from Friday's close.
    const monday = computeReaction(newYork, intraday(5 * MIN), ny('2025-06-23', '09:30'))
    expect(monday.baseValue).not.toBeNull()
    expect(withSeriesStopped(monday, ny('2025-06-23', '10:00')).seriesStopped).toBeUndefined()
  })

  it('an event long before the series starts: no move counted from a price months later', () => {
    // A quote on Saturday 18 May 2024; the series starts on Monday 9 June 2025.
    const eventAt = ny('2024-05-18', '10:00')
    const r = computeReaction(newYork, intraday(5 * MIN), eventAt)
    expect(r).toMatchObject({ closedAtEvent: true, baseValue: null, m15: { move: null } })
    expect(r.seriesStartsAt).toBe(ny('2025-06-09', '09:30'))
    // Not a series that stopped: one that had not started.
    expect(withSeriesStopped(r, ny('2026-01-01', '00:00')).seriesStopped).toBeUndefined()
    const event: MarketEvent = {
      kind: 'quote',
      id: 'q',
      at: eventAt,
      end: null,
      precision: 'exact',
      label: 'A test quote',
      detail: '',
      sessionId: null,
    }
    const summary = instrumentSummary(testStock('x', 'TEST'), event, r)
    expect(summary).toMatch(/its series starts Mon 9 Jun 2025, after A test quote: no reaction/)
    expect(summary).not.toMatch(/no move yet|not yet traded/)
  })

  it('a market closed at the event whose next session the series lacks (a holiday) counts from the first price after it', () => {
    // Friday evening's event; the series has no prices on Monday 16 June (a holiday the weekly
    // hours do not know): counting starts on Tuesday.
    const series = intraday(5 * MIN)
    const holiday = {
      ...series,
      points: series.points.filter(
        (p) => p.t < ny('2025-06-16', '00:00') || p.t > ny('2025-06-17', '00:00'),
      ),
    }
    const r = computeReaction(newYork, holiday, ny('2025-06-13', '18:00'))
    expect(r.closedAtEvent).toBe(true)
    expect(r.baseValue).not.toBeNull()
    expect(r.seriesStartsAt).toBeUndefined()
  })

  it('hourly bars: +15 min is n/a (hourly data), +1 h is a figure', () => {
    const r = computeReaction(newYork, intraday(60 * MIN), ny('2025-06-10', '11:30'))
    expect(r.m15).toMatchObject({ na: true, move: null })
    expect(r.dataWords).toBe('hourly')
    expect(r.h1.move).not.toBeNull()
  })
})
