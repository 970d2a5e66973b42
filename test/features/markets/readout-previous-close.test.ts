import { describe, expect, it } from 'vitest'
import { readoutAt } from '../../../src/features/markets/readout-at'
import { tradingSpans } from '../../../src/features/markets/series-view'
import type { Instrument } from '../../../src/feed/schemas/types'
import { ny } from './daily-series'

// Test data, not prices: a made-up 10-year yield trading 08:00–17:00 New York, whose series holds
// Monday 9 June only (every 5 minutes from 4.380%) and gives Friday's close, 4.371%, as reference.
const yield10y: Instrument = {
  id: 'y10',
  name: 'Test 10-year yield',
  shortName: 'TEST 10Y',
  kind: 'yield',
  unit: '%',
  currency: null,
  last: 4.412,
  change: null,
  changePercent: null,
  asOf: '2025-06-09T17:00:00-04:00',
  asOfPrecision: 'exact',
  timeZone: 'America/New_York',
  tradingHours: [{ days: [1, 2, 3, 4, 5], open: '08:00', close: '17:00' }],
  sourceIds: [],
}
const points = Array.from({ length: 109 }, (_, i) => ({
  t: ny('2025-06-09', '08:00') + i * 300_000,
  v: 4.38 + i * 0.0003,
}))
const window = [ny('2025-06-09', '00:00'), ny('2025-06-10', '00:00')] as const
const input = {
  instrument: yield10y,
  points,
  before: null,
  reference: { t: ny('2025-06-06', '17:00'), v: 4.371 },
  basis: 'level' as const,
  unit: 'bp' as const,
  trading: tradingSpans(yield10y, window),
  base: null,
  zone: 'America/New_York',
}

describe('a yield hovered before the day’s first price, with none earlier in its series', () => {
  it('reads the previous close the feed gives (its reference), not the next trade', () => {
    const readout = readoutAt(input, ny('2025-06-09', '06:00'))
    expect(readout?.value).toMatch(/^4\.371/)
    expect(readout?.note).toBe('closed in New York; previous close, Fri 6 Jun')
  })

  it('reads the next trade only when the feed gives no previous close', () => {
    const readout = readoutAt({ ...input, reference: null }, ny('2025-06-09', '06:00'))
    expect(readout?.value).toMatch(/^4\.380/)
    expect(readout?.note).toMatch(/next trade Mon 9 Jun 08:00/)
  })

  it('reads the day’s prices once they come', () => {
    expect(readoutAt(input, ny('2025-06-09', '17:30'))?.note).toMatch(/last trade Mon 9 Jun 17:00/)
  })
})
