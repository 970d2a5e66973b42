import { describe, expect, it } from 'vitest'
import { instrumentMoves } from '../../src/app/briefing-moves'
import type { Instrument, Series } from '../../src/feed/schemas/types'

// Synthetic test data: one index with three closes, before and during a round.
const instrument = { id: 'idx', shortName: 'Test index' } as Instrument
const series = {
  basis: 'level',
  points: [
    { t: '2025-06-06T20:00:00Z', v: 100 },
    { t: '2025-06-09T20:00:00Z', v: 102 },
  ],
} as unknown as Series
const at = (iso: string) => Date.parse(iso)

describe('the briefing’s move since the round began', () => {
  it('is measured from the last price before the round to the last price in it', () => {
    const [move] = instrumentMoves(
      [instrument],
      [{ series, error: null }],
      at('2025-06-10T08:00:00Z'),
      at('2025-06-09T09:00:00Z'),
      null,
    )
    expect(move!.sinceRound).toMatchObject({ kind: 'move' })
    expect(move!.sinceRound.text).toMatch(/2\.00%/)
  })

  it('says there are no prices in the round, not 0%, when the last price is from before it', () => {
    const [move] = instrumentMoves(
      [instrument],
      [{ series, error: null }],
      at('2025-08-10T08:00:00Z'),
      at('2025-08-09T09:00:00Z'),
      null,
    )
    expect(move!.sinceRound).toEqual({ kind: 'none', text: 'no prices in the round' })
  })
})
