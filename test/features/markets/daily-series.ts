import { cadenceOf } from '../../../src/lib/cadence'
import { addDays, weekdayOf } from '../../../src/lib/civil-date'
import { zonedTimeToUtc } from '../../../src/lib/zoned-time'
import { tradingSpans, type PreparedSeries } from '../../../src/features/markets/series-view'
import type { Instrument } from '../../../src/feed/schemas/types'
import type { MarketEvent } from '../../../src/features/markets/market-events'

/** US market holidays in the test span (closes are missing on them). */
export const usHolidays = new Set(['2025-04-18', '2025-05-26', '2025-06-19', '2025-07-04'])

/**
 * Test data, not prices: one close a New York trading day at 16:00, from `from` to `to`, valued by
 * `values` where given and 5000 + (i mod 7) otherwise.
 */
export function dailyCloses(
  from: string,
  to: string,
  values: Record<string, number> = {},
  basis: 'level' | 'percent-change' = 'level',
): PreparedSeries {
  const points: { t: number; v: number }[] = []
  for (let date = from, i = 0; date <= to; date = addDays(date, 1)) {
    const weekday = weekdayOf(date)
    if (weekday === 0 || weekday === 6 || usHolidays.has(date)) continue
    points.push({
      t: zonedTimeToUtc(date, '16:00', 'America/New_York').getTime(),
      v: values[date] ?? 5000 + (i++ % 7),
    })
  }
  return {
    instrumentId: 'test',
    basis,
    illustrative: false,
    note: null,
    cadence: cadenceOf(points.map((p) => p.t)),
    points,
  }
}

export const newYork = {
  id: 'spx',
  timeZone: 'America/New_York',
  tradingHours: [{ days: [1, 2, 3, 4, 5], open: '09:30', close: '16:00' }],
}

export const ny = (date: string, time: string) =>
  zonedTimeToUtc(date, time, 'America/New_York').getTime()

/** Test data: a New York stock of this id, with no figures of its own (its series says them). */
export function testStock(id: string, shortName = id): Instrument {
  return {
    ...newYork,
    id,
    name: `${shortName} (test)`,
    shortName,
    kind: 'stock',
    unit: 'USD',
    currency: 'USD',
    last: null,
    change: null,
    changePercent: null,
    asOf: '2025-06-13T16:00:00-04:00',
    asOfPrecision: 'exact',
    sourceIds: [],
  }
}

/** Test data: a development at `at`, named `label`. */
export const testEvent = (at: number, label: string): MarketEvent => ({
  kind: 'development',
  id: label,
  at,
  end: null,
  precision: 'exact',
  label,
  detail: '',
  sessionId: null,
})

/**
 * Test data, not prices: a point every `step` ms through the New York sessions from `from` to `to`
 * (dates), rising 1 a point from 1000; none on the dates in `skip` (a holiday); with `atClose`, one
 * at each close too.
 */
export function intradayBars({
  step,
  from,
  to,
  skip = [],
  atClose = true,
  instrumentId = 'tst',
}: {
  step: number
  from: string
  to: string
  skip?: string[]
  atClose?: boolean
  instrumentId?: string
}): PreparedSeries {
  const points: { t: number; v: number }[] = []
  let v = 1000
  for (const [open, close] of tradingSpans(newYork, [ny(from, '00:00'), ny(to, '23:00')])) {
    if (skip.some((date) => open >= ny(date, '00:00') && open < ny(addDays(date, 1), '00:00')))
      continue
    for (let t = open; atClose ? t <= close : t < close; t += step) points.push({ t, v: v++ })
  }
  return {
    instrumentId,
    basis: 'level',
    illustrative: false,
    note: null,
    cadence: cadenceOf(points.map((p) => p.t)),
    points,
  }
}
