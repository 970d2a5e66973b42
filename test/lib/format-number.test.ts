import { describe, expect, it } from 'vitest'
import { formatInstrumentLevel, formatValue } from '../../src/lib/format-number'

const spread = {
  kind: 'other',
  unit: 'USD per barrel',
  currency: 'USD',
  last: -0.4863,
} as const
const yieldCurve = { kind: 'yield', unit: '%', currency: null, last: -0.1724 } as const

describe('levels below zero', () => {
  it('put the minus sign before the dollar sign, as a reader writes it', () => {
    expect(formatInstrumentLevel(-0.4863, spread, true)).toBe('−$0.49 per barrel')
    expect(formatInstrumentLevel(0.4257, spread, true)).toBe('$0.43 per barrel')
  })

  it('keep the % of a level in % even where units are left out', () => {
    expect(formatValue(yieldCurve)).toBe('−0.172%')
    expect(formatValue({ ...yieldCurve, last: 1.42 })).toBe('1.420%')
  })

  it('use the minus sign the changes use, not a hyphen', () => {
    expect(formatValue({ kind: 'equity-index', unit: 'points', currency: null, last: -12.5 })).toBe(
      '−12.50',
    )
  })
})
