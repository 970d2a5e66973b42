// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { previousDayClose } from '../../src/feed/previous-day-close'
import { instrumentAsOf } from '../../src/feed/as-of'
import type { Instrument, Series } from '../../src/feed/schemas/types'

// Test data, not market figures: a New York index and a currency pair that trades round the clock.
const newYork = {
  timeZone: 'America/New_York',
  tradingHours: [{ days: [1, 2, 3, 4, 5], open: '09:30', close: '16:00' }],
}
const roundTheClock = {
  timeZone: 'America/New_York',
  tradingHours: [{ days: [0, 1, 2, 3, 4], open: '17:00', close: '17:00' }],
}
const p = (t: string, v: number) => ({ t: Date.parse(t), v })
// Closes stamped 16:00 New York (20:00Z in June): Thursday 5, Friday 6, Monday 9 June 2025.
const thu = p('2025-06-05T20:00:00Z', 100)
const fri = p('2025-06-06T20:00:00Z', 101)
const mon = p('2025-06-09T20:00:00Z', 103)

describe('the previous trading day’s close, read from a series', () => {
  it('is the last point of the trading day before, across a weekend', () => {
    expect(previousDayClose([thu, fri, mon], mon.t, newYork)).toBe(fri)
    expect(previousDayClose([thu, fri, mon], fri.t, newYork)).toBe(thu)
  })

  it('is the last point of yesterday for a point during today’s session', () => {
    const points = [p('2025-06-06T19:00:00Z', 100.5), fri, p('2025-06-09T14:00:00Z', 102)]
    expect(previousDayClose(points, points[2]!.t, newYork)).toBe(fri)
  })

  it('is not given when a whole trading day is missing between them, nor for the first point', () => {
    expect(previousDayClose([thu, mon], mon.t, newYork)).toBeNull()
    expect(previousDayClose([thu, fri, mon], thu.t, newYork)).toBeNull()
  })

  it('follows a session that opens the evening before: 18:00 belongs to the next trading day', () => {
    const beforeOpen = p('2025-06-09T20:00:00Z', 7.18) // Mon 16:00 New York
    const afterOpen = p('2025-06-09T22:00:00Z', 7.19) // Mon 18:00: Tuesday's session
    const later = p('2025-06-10T13:00:00Z', 7.2) // Tue 09:00, same session
    const points = [beforeOpen, afterOpen, later]
    expect(previousDayClose(points, afterOpen.t, roundTheClock)).toBe(beforeOpen)
    expect(previousDayClose(points, later.t, roundTheClock)).toBe(beforeOpen)
  })
})

describe('an instrument as of a moment before its series’ reference close', () => {
  const instrument: Instrument = {
    id: 'test-index',
    name: 'Test index',
    shortName: 'Test',
    kind: 'equity-index',
    unit: 'points',
    currency: null,
    last: 110,
    change: 2,
    changePercent: 1.85,
    asOf: '2025-07-31T20:00:00Z',
    asOfPrecision: 'exact',
    ...newYork,
    sourceIds: ['test-source'],
  }
  const series = (illustrative: boolean): Series => ({
    instrumentId: 'test-index',
    illustrative,
    basis: 'level',
    // The live feed's previous close: long after the replayed moment.
    reference: { value: 108, at: '2025-07-30T20:00:00Z', label: 'Previous close' },
    points: [thu, fri, mon, p('2025-07-31T20:00:00Z', 110)].map(({ t, v }) => ({
      t: new Date(t).toISOString(),
      v,
    })),
  })

  it('takes its day change from the series’ previous trading day, and says so', () => {
    const item = instrumentAsOf(instrument, series(false), Date.parse('2025-06-09T21:00:00Z'))
    expect(item.unavailable).toBeNull()
    expect(item.changeFromSeries).toBe(true)
    expect(item.instrument).toMatchObject({ last: 103, change: 2, changePercent: 1.98 })
  })

  it('does not read a day change from an illustrative path', () => {
    const item = instrumentAsOf(instrument, series(true), Date.parse('2025-06-09T21:00:00Z'))
    expect(item.instrument.changePercent).toBeNull()
    expect(item.unavailable?.words).toMatch(/^Day change not known yet/)
  })
})
