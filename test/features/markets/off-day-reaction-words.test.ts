import { describe, expect, it } from 'vitest'
import { computeReaction } from '../../../src/features/markets/reaction'
import {
  closedAtEventNote,
  instrumentSummary,
} from '../../../src/features/markets/instrument-summary'
import { offDaySessions } from '../../../src/features/markets/off-day-sessions'
import type { PreparedSeries } from '../../../src/features/markets/series-view'
import {
  dailyCloses,
  intradayBars,
  newYork,
  ny,
  testStock,
  testEvent as event,
} from './daily-series'

// Test data, not prices. An event on a day the market does not trade (a Saturday, or Thursday
// 19 June 2025, a US holiday with no price in the series) is measured from the trading day before
// to the next: the words said "at the first close after" it, or read the day's change as the
// event's day's, as if the market had traded that day.

const MIN = 60_000
const stock = testStock('tst', 'TEST')
const saturday = event(ny('2025-06-07', '12:00'), 'a Saturday statement')
const holiday = event(ny('2025-06-19', '11:00'), 'a holiday statement')
const now = ny('2025-07-01', '12:00')

// Daily closes: 6000 on Fri 6 June, 6030 on Mon 9 June (+0.5%); 6100 on Wed 18 June, none on
// the holiday, 6161 on Fri 20 June (+1%).
const closes = dailyCloses('2025-03-03', '2025-06-27', {
  '2025-06-06': 6000,
  '2025-06-09': 6030,
  '2025-06-18': 6100,
  '2025-06-20': 6161,
})
const upTo = (series: PreparedSeries, date: string): PreparedSeries => ({
  ...series,
  points: series.points.filter((p) => p.t < ny(date, '23:59')),
})

/** Five-minute bars through New York sessions from 2 to 27 June, none on 19 June. */
const bars = () =>
  intradayBars({ step: 5 * MIN, from: '2025-06-02', to: '2025-06-27', skip: ['2025-06-19'] })

describe('daily closes around an event on a day the market did not trade', () => {
  it('a Saturday event: Monday’s close against Friday’s, said so', () => {
    const r = computeReaction(stock, closes, saturday.at)
    expect(instrumentSummary(stock, saturday, r)).toBe(
      'TEST: change not reported; up 0.50% on the next trading day after a Saturday statement, Mon 9 Jun’s close vs Fri 6 Jun’s.',
    )
  })

  it('an event on a weekday holiday with no close: Friday’s close against Wednesday’s', () => {
    const r = computeReaction(stock, closes, holiday.at)
    const summary = instrumentSummary(stock, holiday, r)
    expect(summary).toContain(
      'up 1.00% on the next trading day after a holiday statement, Fri 20 Jun’s close vs Wed 18 Jun’s.',
    )
    expect(summary).not.toMatch(/first close after|on the day/)
  })

  it('an event on a trading day keeps "the first close after" it, evening or morning', () => {
    const evening = event(ny('2025-06-18', '18:00'), 'an evening statement')
    expect(instrumentSummary(stock, evening, computeReaction(stock, closes, evening.at))).toContain(
      'up 1.00% at the first close after an evening statement.',
    )
    const morning = event(ny('2025-06-09', '08:00'), 'a morning statement')
    expect(instrumentSummary(stock, morning, computeReaction(stock, closes, morning.at))).toContain(
      'up 0.50% at the first close after a morning statement.',
    )
  })

  it('names the sessions of the day change instead of "on the day"', () => {
    // Up to Monday: the next trading day's change, against Friday's close.
    expect(offDaySessions(newYork, upTo(closes, '2025-06-09').points, null, saturday.at, now)).toBe(
      'the next trading day, Mon 9 Jun vs Fri 6 Jun',
    )
    expect(offDaySessions(newYork, upTo(closes, '2025-06-20').points, null, holiday.at, now)).toBe(
      'the next trading day, Fri 20 Jun vs Wed 18 Jun',
    )
    // Replayed on the Saturday: the series ends on Friday, whose change is against Thursday's.
    expect(offDaySessions(newYork, upTo(closes, '2025-06-06').points, null, saturday.at, now)).toBe(
      'Fri 6 Jun vs Thu 5 Jun',
    )
    // Later on, a later day's change is named by its days, not "the next trading day".
    expect(offDaySessions(newYork, closes.points, null, saturday.at, now)).toBe(
      'Fri 27 Jun vs Thu 26 Jun',
    )
    const summary = instrumentSummary(
      { ...stock, changePercent: 0.5 },
      saturday,
      computeReaction(stock, closes, saturday.at),
      {
        dayName: offDaySessions(newYork, upTo(closes, '2025-06-09').points, null, saturday.at, now),
      },
    )
    expect(summary).toMatch(/^TEST \+0\.50% on the next trading day, Mon 9 Jun vs Fri 6 Jun; up/)
  })

  it('an event on a trading day keeps "on the day"', () => {
    const monday = ny('2025-06-09', '11:00')
    expect(offDaySessions(newYork, upTo(closes, '2025-06-09').points, null, monday, now)).toBeNull()
    expect(offDaySessions(newYork, closes.points, null, monday, now)).toBeNull()
  })
})

describe('intraday prices around an event on a day the market did not trade', () => {
  const series = bars()
  const at = (date: string, time: string) => series.points.find((p) => p.t === ny(date, time))!.v

  it('a Saturday event counts from Monday’s open, and says which day', () => {
    const r = computeReaction(stock, series, saturday.at)
    expect(r).toMatchObject({ closedAtEvent: true, baseAt: ny('2025-06-09', '09:30') })
    const base = at('2025-06-09', '09:30')
    expect(r.h1.move).toBeCloseTo(((base + 12) / base - 1) * 100, 10)
    const summary = instrumentSummary(stock, saturday, r)
    expect(summary).toMatch(
      /; up 0\.\d\d% in the first hour of the next trading day after a Saturday statement \(Mon 9 Jun, from the open in New York\)\.$/,
    )
    expect(offDaySessions(newYork, upTo(series, '2025-06-09').points, null, saturday.at, now)).toBe(
      'the next trading day, Mon 9 Jun vs Fri 6 Jun',
    )
  })

  it('an event on a holiday the weekly hours do not know: closed, counted from Friday’s open', () => {
    const r = computeReaction(stock, series, holiday.at)
    // Not "open" with every horizon read from Wednesday's last price (unchanged, 0.00%).
    expect(r.closedAtEvent).toBe(true)
    expect(r.baseAt).toBe(ny('2025-06-20', '09:30'))
    const base = at('2025-06-20', '09:30')
    expect(r.baseValue).toBe(base)
    expect(r.m15.move).toBeCloseTo(((base + 3) / base - 1) * 100, 10)
    expect(r.close.at).toBe(ny('2025-06-20', '16:00'))
    expect(instrumentSummary(stock, holiday, r)).toMatch(
      /in the first hour of the next trading day after a holiday statement \(Fri 20 Jun, from the open in New York\)\.$/,
    )
    expect(closedAtEventNote(stock, holiday, r)).toMatch(
      /counting starts at its next open, Fri 20 Jun/,
    )
    expect(offDaySessions(newYork, upTo(series, '2025-06-20').points, null, holiday.at, now)).toBe(
      'the next trading day, Fri 20 Jun vs Wed 18 Jun',
    )
  })

  it('an evening event before a holiday: counted from the first session the series has', () => {
    // Wednesday 18 June after the close; Thursday has no prices: Friday's open, not Thursday's
    // (whose +15 min read Wednesday's close against Friday's open).
    const evening = event(ny('2025-06-18', '18:00'), 'an evening statement')
    const r = computeReaction(stock, series, evening.at)
    expect(r.baseAt).toBe(ny('2025-06-20', '09:30'))
    const base = at('2025-06-20', '09:30')
    expect(r.m15).toMatchObject({ at: ny('2025-06-20', '09:45') })
    expect(r.m15.move).toBeCloseTo(((base + 3) / base - 1) * 100, 10)
    // Wednesday had a session: "the next open", as before.
    expect(instrumentSummary(stock, evening, r)).toMatch(
      /in the hour after an evening statement \(from the next open in New York\)\.$/,
    )
  })

  it('an event during a session keeps its words', () => {
    const during = event(ny('2025-06-10', '11:00'), 'a Tuesday statement')
    const r = computeReaction(stock, series, during.at)
    expect(r.closedAtEvent).toBe(false)
    expect(instrumentSummary(stock, during, r)).toMatch(/in the hour after a Tuesday statement\.$/)
  })
})
