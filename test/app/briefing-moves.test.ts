import { describe, expect, it } from 'vitest'
import { instrumentMoves, noNewPricesSince } from '../../src/app/briefing-moves'
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

  // Test data: a New York index trading 09:30-16:00 on weekdays, its series starting Monday 9 June.
  const newYorkIndex = {
    ...instrument,
    timeZone: 'America/New_York',
    tradingHours: [{ days: [1, 2, 3, 4, 5], open: '09:30', close: '16:00' }],
  } as Instrument
  const fromMonday = {
    basis: 'level',
    // Its previous close not given: the first price of a session stands for the round's start.
    reference: { value: null, at: '2025-06-06T20:00:00Z', label: 'Previous close' },
    points: [
      { t: '2025-06-09T13:30:00Z', v: 100 },
      { t: '2025-06-09T20:00:00Z', v: 101 },
    ],
  } as unknown as Series

  it('counts from the first price of the next session when the market was closed as it began', () => {
    // The round began on Saturday: the first price is Monday's open.
    const [move] = instrumentMoves(
      [newYorkIndex],
      [{ series: fromMonday, error: null }],
      at('2025-06-10T08:00:00Z'),
      at('2025-06-07T10:00:00Z'),
      null,
    )
    expect(move!.sinceRound.text).toMatch(/1\.00%/)
  })

  it('tells no move when the market was trading as the round began but the series starts later', () => {
    // The round began on Friday 6 June at 15:00 New York: the series lacks that afternoon.
    const [move] = instrumentMoves(
      [newYorkIndex],
      [{ series: fromMonday, error: null }],
      at('2025-06-10T08:00:00Z'),
      at('2025-06-06T19:00:00Z'),
      null,
    )
    expect(move!.sinceRound).toEqual({
      kind: 'none',
      text: 'no price at the round’s start',
      pricesFrom: at('2025-06-09T13:30:00Z'),
    })
  })

  it('counts from the close the series is measured from when the market has not traded since', () => {
    // The round began on Monday at 08:00 New York, before the open: Friday's close, 99, was the
    // index's level then, and its move to 101 is the move since (+2.02 %), not the 1 % since the open.
    const withClose = {
      ...fromMonday,
      reference: { value: 99, at: '2025-06-06T20:00:00Z', label: 'Previous close' },
    } as Series
    const [move] = instrumentMoves(
      [newYorkIndex],
      [{ series: withClose, error: null }],
      at('2025-06-10T08:00:00Z'),
      at('2025-06-09T12:00:00Z'),
      null,
    )
    expect(move!.sinceRound.text).toMatch(/2\.02%/)
    // A percent-change series is 0 % at its close: its last value is the move.
    const inPercent = {
      ...withClose,
      basis: 'percent-change',
      points: [
        { t: '2025-06-09T13:30:00Z', v: 0.5 },
        { t: '2025-06-09T20:00:00Z', v: 1.01 },
      ],
    } as Series
    const [percent] = instrumentMoves(
      [newYorkIndex],
      [{ series: inPercent, error: null }],
      at('2025-06-10T08:00:00Z'),
      at('2025-06-09T12:00:00Z'),
      null,
    )
    expect(percent!.sinceRound.text).toMatch(/1\.01%/)
    // Not a close with a session traded between it and the round's start (Friday 6 June, 15:00).
    const thursdayClose = {
      ...withClose,
      reference: { value: 99, at: '2025-06-05T20:00:00Z', label: 'Previous close' },
    } as Series
    const [traded] = instrumentMoves(
      [newYorkIndex],
      [{ series: thursdayClose, error: null }],
      at('2025-06-10T08:00:00Z'),
      at('2025-06-06T19:00:00Z'),
      null,
    )
    expect(traded!.sinceRound).toMatchObject({
      kind: 'none',
      text: 'no price at the round’s start',
    })
  })

  it('says the round has not begun for every instrument before it, priced yet or not', () => {
    const laterSeries = { ...series, points: series.points.slice(1) } as Series
    const [priced, unpriced] = instrumentMoves(
      [instrument, { ...instrument, id: 'later', shortName: 'Later index' }],
      [
        { series, error: null },
        { series: laterSeries, error: null },
      ],
      at('2025-06-07T08:00:00Z'),
      at('2025-06-09T09:00:00Z'),
      null,
    )
    expect(priced!.sinceRound).toEqual({ kind: 'none', text: 'round not begun' })
    expect(unpriced!.sinceRound).toEqual({ kind: 'none', text: 'round not begun' })
    expect(unpriced!.sinceLook).toEqual({ kind: 'none', text: 'no prices yet' })
  })
})

describe('whether any price came since the last look', () => {
  const now = at('2025-06-10T08:00:00Z')
  const roundStart = at('2025-06-09T09:00:00Z')
  const lastClose = { t: at('2025-06-09T20:00:00Z'), v: 102 }
  const movesWith = (state: { series: Series | undefined; error: unknown }) =>
    instrumentMoves([instrument], [state], now, roundStart, { idx: lastClose })

  it('says none came when the latest price is the one seen then', () => {
    expect(noNewPricesSince(movesWith({ series, error: null }), true, { idx: lastClose })).toBe(
      true,
    )
  })

  it('says one came when the latest price is later, or the instrument was not seen', () => {
    const moves = movesWith({ series, error: null })
    const earlier = { t: at('2025-06-06T20:00:00Z'), v: 100 }
    expect(noNewPricesSince(moves, true, { idx: earlier })).toBe(false)
    expect(noNewPricesSince(moves, true, {})).toBe(false)
  })

  it('claims nothing from a series that failed or is still loading', () => {
    const failed = movesWith({ series: undefined, error: new Error('HTTP 500') })
    expect(noNewPricesSince(failed, true, { idx: lastClose })).toBe(false)
    expect(noNewPricesSince(movesWith({ series, error: null }), false, { idx: lastClose })).toBe(
      false,
    )
    expect(noNewPricesSince([], true, {})).toBe(false)
  })
})
