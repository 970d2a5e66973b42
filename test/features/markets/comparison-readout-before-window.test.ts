import { describe, expect, it } from 'vitest'
import { comparisonLines, movesAtWords } from '../../../src/features/markets/comparison-lines'
import { dailyCloses, ny, testStock } from './daily-series'

/**
 * Test data: two New York stocks with daily closes, one for months, one listed on 11 Jun; a window
 * that opens on 10 Jun at noon, before that day's close. At the window's first moment the first
 * has a close in force (9 Jun's), and only the second has not traded yet.
 */
const months = dailyCloses('2025-03-03', '2025-06-13', { '2025-06-09': 5000, '2025-06-10': 5050 })
const listed = dailyCloses('2025-06-11', '2025-06-13')
const window = [ny('2025-06-10', '12:00'), ny('2025-06-13', '17:00')] as const
const input = (id: string, series: typeof months) => ({
  instrument: testStock(id),
  colorVar: 'red',
  series,
  failed: false,
  reaction: null,
})

describe('the comparison readout before a line’s first price in the window', () => {
  it('reads the close in force from before the window, and "not traded yet" only for a series that had not', () => {
    const lines = comparisonLines([input('OLD', months), input('NEW', listed)], null, window, 600)
    const words = movesAtWords(lines, window[0], 'UTC')
    // Without an event, % since the first value shown (10 Jun's close, 5050): 9 Jun's 5000 is −0.99%.
    expect(words).toContain('OLD −0.99%')
    expect(words).toContain('NEW not traded yet')
  })
})

describe('the comparison readout of a small move', () => {
  it('shows a currency pair’s move that two decimals would round to nothing', () => {
    // 7.2000 to 7.2003 since the first value shown: +0.004%, not "+0.00%".
    const pair = dailyCloses('2025-06-09', '2025-06-13', {
      '2025-06-10': 7.2,
      '2025-06-11': 7.2003,
    })
    const lines = comparisonLines([input('CNH', pair)], null, window, 600)
    expect(movesAtWords(lines, ny('2025-06-11', '17:00'), 'UTC')).toContain('CNH +0.004%')
  })
})
