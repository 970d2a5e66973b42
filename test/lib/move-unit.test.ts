import { describe, expect, it } from 'vitest'
import { dayMove, formatMove, moveBetween, moveUnit } from '../../src/lib/move-unit'
import { computeReaction } from '../../src/features/markets/reaction'
import { instrumentSummary } from '../../src/features/markets/instrument-summary'
import type { MarketEvent } from '../../src/features/markets/market-events'
import type { Instrument } from '../../src/feed/schemas/types'

// A fictional Brent–Dubai spread (test data): 0.43 USD a barrel falling through zero to −0.49.
const spread: Instrument = {
  id: 'brent-dubai',
  name: 'Brent–Dubai spread (fictional)',
  shortName: 'Brent–Dubai',
  kind: 'other',
  unit: 'USD per barrel',
  currency: 'USD',
  last: -0.49,
  change: null,
  changePercent: null,
  asOf: '2025-06-09T22:00:00Z',
  asOfPrecision: 'exact',
  timeZone: 'Europe/London',
  tradingHours: [{ days: [1, 2, 3, 4, 5], open: '01:00', close: '23:00' }],
  sourceIds: [],
}
const MIN = 60_000
const start = Date.parse('2025-06-09T08:00:00Z')
const falling = Array.from({ length: 120 }, (_, i) => ({ t: start + i * MIN, v: 0.43 - i * 0.01 }))
const series = {
  instrumentId: spread.id,
  basis: 'level' as const,
  illustrative: true,
  note: null,
  points: falling,
}

describe('moves of a level that reaches zero', () => {
  it('are measured in the instrument unit, not in % of a level near zero', () => {
    expect(moveUnit(spread, series)).toBe('level')
    expect(moveBetween(0.43, -0.49, 'level', 'level')).toBeCloseTo(-0.92, 10)
    expect(formatMove(-0.92, 'level', spread)).toBe('−$0.92 per barrel')
    expect(formatMove(0.05, 'level', spread)).toBe('+$0.05 per barrel')
  })

  it('leave prices that stay above zero in %, and yields in basis points', () => {
    const above = { basis: 'level' as const, points: falling.map((p) => ({ ...p, v: p.v + 5 })) }
    expect(moveUnit(spread, above)).toBe('%')
    expect(moveUnit({ kind: 'yield' }, series)).toBe('bp')
    expect(moveUnit(spread, { ...series, basis: 'percent-change' })).toBe('%')
  })

  it('read as a change of price in the reaction and its words', () => {
    const eventAt = start + 30 * MIN // the spread at 0.13
    const reaction = computeReaction(spread, series, eventAt)
    expect(reaction.unit).toBe('level')
    expect(reaction.h1.move).toBeCloseTo(-0.6, 8)
    const event: MarketEvent = {
      kind: 'session',
      id: 'day-1',
      at: eventAt,
      end: null,
      precision: 'exact',
      label: 'Day 1',
      detail: '',
      sessionId: 'day-1',
    }
    expect(instrumentSummary(spread, event, reaction)).toBe(
      'Brent–Dubai: change not reported; down $0.60 per barrel in the hour after Day 1.',
    )
  })
})

describe("the day's move of a level that reaches zero", () => {
  // Test data: an oil future falling from $18.27 through zero to −$37.63 in a day, as in April 2020.
  const future = { ...spread, kind: 'future' as const, last: -37.63, change: -55.9 }

  it('is said in the unit the feed gives it in, never "not reported" when a change is given', () => {
    expect(dayMove({ ...future, changePercent: null })).toEqual({ value: -55.9, unit: 'level' })
    expect(instrumentSummary({ ...future, changePercent: null }, null, null)).toBe(
      'Brent–Dubai −$55.90 per barrel on the day.',
    )
  })

  it('is in its unit, not a % of a level near zero, when it crosses zero with both figures', () => {
    expect(dayMove({ ...future, changePercent: -305.97 })).toEqual({ value: -55.9, unit: 'level' })
    // From a negative close up to a positive price (the spread), too.
    expect(dayMove({ ...future, last: 0.43, change: 0.92, changePercent: 187.76 })?.unit).toBe(
      'level',
    )
  })

  it('stays in % above zero, in bp for a yield, and null when the feed gives neither', () => {
    const above = { ...future, last: 61.2, change: 1.2, changePercent: 2 }
    expect(dayMove(above)).toEqual({ value: 2, unit: '%' })
    expect(dayMove({ ...above, kind: 'yield', last: -0.012, change: 0.035 })).toEqual({
      value: expect.closeTo(3.5, 8),
      unit: 'bp',
    })
    expect(dayMove({ ...above, change: null, changePercent: null })).toBeNull()
  })
})

describe('a move too small for two decimals', () => {
  it('gets the decimals that show it, and a move smaller than a millionth of a % stays at two', () => {
    expect(formatMove(0.0041, '%')).toBe('+0.004%')
    expect(formatMove(-0.04, 'bp')).toBe('−0.04 bp')
    expect(formatMove(0.42, '%')).toBe('+0.42%')
    expect(formatMove(0, '%')).toBe(formatMove(-0, '%'))
    expect(formatMove(1e-9, '%')).toBe(formatMove(0, '%'))
  })
})
