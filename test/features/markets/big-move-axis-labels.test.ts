import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { comparisonLines, comparisonScale } from '../../../src/features/markets/comparison-lines'
import { tickLabel, valueLabel } from '../../../src/features/markets/value-labels'
import { valueScale } from '../../../src/features/markets/value-scale'
import { intradayBars, ny, testStock } from './daily-series'

/** Characters a digit wide or wider: a label of more than six is wider than the axis. */
const wide = (label: string) => label.replace(/[.,]/g, '').length

// Test data, not prices: a day of 5-minute bars of a made-up index with one bad tick at 100 times
// its price at 11:00 (a feed's typo), beside a quiet one.
const day = intradayBars({ step: 300_000, from: '2025-06-10', to: '2025-06-10' })
const badTick = {
  ...day,
  points: day.points.map((p) => (p.t === ny('2025-06-10', '11:00') ? { ...p, v: p.v * 100 } : p)),
}
const window = [ny('2025-06-10', '09:00'), ny('2025-06-10', '17:00')] as const

describe('a % axis of very large moves (a bad tick at 100 times the price)', () => {
  it('labels every tick of a comparison once, in the axis width, without a −100% under the 0%', () => {
    const lines = comparisonLines(
      [
        {
          instrument: testStock('bad'),
          colorVar: 'red',
          series: badTick,
          failed: false,
          reaction: null,
        },
        {
          instrument: testStock('calm'),
          colorVar: 'blue',
          series: day,
          failed: false,
          reaction: null,
        },
      ],
      null,
      window,
      600,
    )
    const scale = comparisonScale(lines)
    const step = scale.ticks[1]! - scale.ticks[0]!
    const labels = scale.ticks.map((tick) => tickLabel(tick, 'percent', step))
    expect(labels).toEqual(['0%', '+2.5k%', '+5.0k%', '+7.5k%', '+10.0k%', '+12.5k%'])
    expect(labels).not.toContain('−100%')
    expect(labels.filter((label) => wide(label) > 6)).toEqual([])
    // The scale still reaches down to every line's lowest value.
    expect(scale.domain[0]).toBeLessThanOrEqual(Math.min(...lines.map((l) => l.range[0])))
  })

  it('keeps every % tick label of any comparison to six wide characters, each label different', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -99, max: 0, noNaN: true }),
        // Up to a bad tick at a thousand times the price.
        fc.double({ min: 0.05, max: 2e5, noNaN: true }),
        (low, high) => {
          const { ticks } = valueScale(low, high)
          const step = ticks[1]! - ticks[0]!
          const labels = ticks.map((tick) => tickLabel(tick, 'percent', step))
          return labels.every((label) => wide(label) <= 6) && new Set(labels).size === labels.length
        },
      ),
    )
  })

  it('writes the pointer’s and the last value’s % in the axis width, fewer decimals as it grows', () => {
    expect(valueLabel(1.234, 'percent')).toBe('+1.23%')
    expect(valueLabel(-12.345, 'percent')).toBe('−12.35%')
    expect(valueLabel(123.456, 'percent')).toBe('+123.5%')
    expect(valueLabel(9259.38, 'percent')).toBe('+9259%')
    expect(valueLabel(12_345.6, 'percent')).toBe('+12.3k%')
    fc.assert(
      fc.property(fc.double({ min: -100, max: 2e5, noNaN: true }), (v) => {
        return wide(valueLabel(v, 'percent')) <= 6
      }),
    )
  })
})
