import { describe, expect, it } from 'vitest'
import { readoutAt } from '../../../src/features/markets/readout-at'
import { sliceWindow } from '../../../src/features/markets/series-view'
import { dailyCloses, ny, testStock } from './daily-series'

// Test data, not prices: daily closes of a made-up stock, Friday 6 June 5000.00, Monday 9 June
// 5100.00, seen in a window that starts on Monday at midnight (the last 24 hours).
const stock = testStock('tst', 'TST')
const closes = dailyCloses('2025-06-02', '2025-06-09', { '2025-06-06': 5000, '2025-06-09': 5100 })
const window = [ny('2025-06-09', '00:00'), ny('2025-06-10', '00:00')] as const
const inWindow = sliceWindow(closes.points, window)
const input = {
  instrument: stock,
  points: inWindow,
  before: closes.points.findLast((p) => p.t < window[0]) ?? null,
  basis: 'level' as const,
  unit: '%' as const,
  trading: null,
  base: null,
  zone: 'America/New_York',
}

describe('a card hovered before the first close in its window', () => {
  it('reads the close in force then (Friday’s), never the close the day will have', () => {
    const readout = readoutAt(input, ny('2025-06-09', '10:00'))
    expect(readout?.value).toBe('5,000.00 USD')
    expect(readout?.note).toBe('close of Fri 6 Jun')
  })

  it('reads Monday’s close once it is in', () => {
    const readout = readoutAt(input, ny('2025-06-09', '16:30'))
    expect(readout?.value).toBe('5,100.00 USD')
    expect(readout?.note).toBe('close of Mon 9 Jun')
  })
})
