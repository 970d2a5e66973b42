import { describe, expect, it } from 'vitest'
import marketsFixture from '../../../mocks/fixtures/markets.json'
import { documentSchemas } from '../../../src/feed/schemas/documents'
import { seriesDayChange } from '../../../src/features/markets/series-day-change'
import { instrumentSummary } from '../../../src/features/markets/instrument-summary'
import { dailyCloses } from './daily-series'

// Test data: a New York instrument whose feed gives no day change, and its daily closes.
const { instruments } = documentSchemas.markets.parse(marketsFixture)
const spx = instruments.find((i) => i.id === 'spx')!
const closes = dailyCloses('2025-06-02', '2025-06-10', { '2025-06-09': 6000, '2025-06-10': 6030 })
const lastAt = new Date(closes.points.at(-1)!.t).toISOString()
const instrument = { ...spx, last: 6030, change: null, changePercent: null, asOf: lastAt }
const previousClose = { value: 6000, at: '2025-06-09T20:00:00Z', label: 'Mon 9 Jun close' }
const raw = { illustrative: false, reference: previousClose }

describe('seriesDayChange', () => {
  it('reads the day change the feed left out: the last close against the previous close', () => {
    expect(seriesDayChange(instrument, raw, closes)).toEqual({ change: 30, changePercent: 0.5 })
  })

  it('takes a percent-change series’ last value as the change', () => {
    const percent = { ...closes, basis: 'percent-change' as const }
    expect(seriesDayChange({ ...instrument, last: null }, raw, percent)).toEqual({
      change: null,
      changePercent: 6030,
    })
  })

  it('leaves the feed’s own figure alone', () => {
    expect(seriesDayChange({ ...instrument, changePercent: 0.4 }, raw, closes)).toBeNull()
    expect(seriesDayChange({ ...instrument, change: 25 }, raw, closes)).toBeNull()
  })

  it('reads nothing from an illustrative path', () => {
    expect(seriesDayChange(instrument, { ...raw, illustrative: true }, closes)).toBeNull()
  })

  it('reads nothing when the reference close is not the day before: the move would be of days', () => {
    const stale = { ...previousClose, at: '2025-06-05T20:00:00Z' }
    expect(seriesDayChange(instrument, { ...raw, reference: stale }, closes)).toBeNull()
  })

  it('reads nothing when the series ends elsewhere than the feed’s last figure', () => {
    expect(seriesDayChange({ ...instrument, asOf: '2025-06-10T21:00:00Z' }, raw, closes)).toBeNull()
    expect(seriesDayChange({ ...instrument, last: 6031 }, raw, closes)).toBeNull()
    const unknown = { ...previousClose, value: null }
    expect(seriesDayChange(instrument, { ...raw, reference: unknown }, closes)).toBeNull()
  })

  it('reads a currency pair’s day, which opens the evening before in New York', () => {
    // Test data: EUR/USD trading Sunday to Friday from 17:00 New York; the previous close is
    // Monday's 17:00, Tuesday's session opened then, and its last tick is Tuesday 11:36 in New York.
    const fx = {
      ...spx,
      kind: 'fx' as const,
      tradingHours: [{ days: [0, 1, 2, 3, 4], open: '17:00', close: '17:00' }],
      last: 1.1446,
      change: null,
      changePercent: null,
      asOf: '2025-06-10T15:36:00Z',
    }
    const ticks = {
      basis: 'level' as const,
      points: [
        { t: Date.parse('2025-06-09T20:59:00Z'), v: 1.14 },
        { t: Date.parse('2025-06-09T21:01:00Z'), v: 1.1405 },
        { t: Date.parse('2025-06-10T04:00:00Z'), v: 1.1431 },
        { t: Date.parse('2025-06-10T15:36:00Z'), v: 1.1446 },
      ],
    }
    const close = {
      ...raw,
      reference: { value: 1.14, at: '2025-06-09T21:00:00Z', label: 'NY close' },
    }
    const read = seriesDayChange(fx, close, ticks)
    expect(read?.changePercent).toBeCloseTo(0.4035, 4)
    // A reference a session further back is a move of two days: not read.
    const stale = { ...close, reference: { ...close.reference, at: '2025-06-08T21:00:00Z' } }
    expect(seriesDayChange(fx, stale, ticks)).toBeNull()
  })

  it('moves with the market below zero: a spread from -40 to -30 is up', () => {
    const spread = dailyCloses('2025-06-09', '2025-06-10', { '2025-06-09': -40, '2025-06-10': -30 })
    const below = { ...raw, reference: { ...previousClose, value: -40 } }
    expect(seriesDayChange({ ...instrument, last: -30 }, below, spread)).toEqual({
      change: 10,
      changePercent: 25,
    })
  })
})

describe('instrumentSummary', () => {
  it('says where a day change read from the series comes from', () => {
    const read = { ...instrument, ...seriesDayChange(instrument, raw, closes) }
    expect(instrumentSummary(read, null, null, { dayFrom: 'its series' })).toBe(
      'S&P 500 +0.50% on the day (from its series).',
    )
    expect(instrumentSummary(instrument, null, null)).toBe('S&P 500: change not reported.')
  })

  it('gives a yield’s day in basis points, as the snapshot does', () => {
    const yield10 = { ...spx, shortName: 'US 10Y', kind: 'yield' as const, change: -0.035 }
    expect(instrumentSummary({ ...yield10, changePercent: -0.79 }, null, null)).toBe(
      'US 10Y −3.5 bp on the day.',
    )
  })
})
