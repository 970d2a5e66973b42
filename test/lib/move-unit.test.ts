import { describe, expect, it } from 'vitest'
import { formatMove, moveBetween, moveUnit } from '../../src/lib/move-unit'
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
