import { describe, expect, it } from 'vitest'
import { reactionCsvRows } from '../../../src/features/markets/export-reactions'
import { toCsv } from '../../../src/lib/csv'
import { parseCsv } from '../../parse-csv'
import markets from '../../../mocks/fixtures/markets.json'
import { instrumentSchema } from '../../../src/feed/schemas/markets'
import type { MarketEvent } from '../../../src/features/markets/market-events'

const [spx, hstech] = ['spx', 'hstech'].map((id) =>
  instrumentSchema.parse(markets.instruments.find((i) => i.id === id)),
)
const event: MarketEvent = {
  kind: 'quote',
  id: 'q',
  at: Date.parse('2025-06-09T12:00:00Z'),
  end: null,
  precision: 'approximate',
  label: '=Trump: “a good start”',
  detail: '',
  sessionId: null,
}

describe('reaction table CSV', () => {
  it('writes one row per instrument, moves as numbers, empty cells where there is no move yet, text guarded', () => {
    const rows = reactionCsvRows(event, [
      {
        instrument: spx!,
        illustrative: true,
        reaction: {
          instrumentId: 'spx',
          cadence: 'intraday',
          unit: '%',
          closedAtEvent: true,
          baseAt: Date.parse('2025-06-09T13:30:00Z'),
          baseValue: 6000,
          m15: { at: Date.parse('2025-06-09T13:45:00Z'), move: -0.03125 },
          h1: { at: Date.parse('2025-06-09T14:30:00Z'), move: 0.65 },
          close: { at: Date.parse('2025-06-09T20:00:00Z'), move: null },
          next: { at: null, move: null },
          d5: { at: null, move: null },
        },
      },
      { instrument: hstech!, illustrative: true, reaction: null },
    ])
    const parsed = parseCsv(toCsv(rows))
    expect(parsed[0]!.slice(0, 10)).toEqual([
      'event',
      'event_time',
      'instrument',
      'closed_at_event',
      'counted_from',
      'move_15min_pct',
      'move_1h_pct',
      'next_close',
      'move_next_close_pct',
      'illustrative',
    ])
    expect(parsed[1]!.slice(0, 10)).toEqual([
      "'=Trump: “a good start”",
      '2025-06-09T12:00:00.000Z',
      'S&P 500',
      'yes',
      '2025-06-09T13:30:00.000Z',
      '-0.0313',
      '0.65',
      '2025-06-09T20:00:00.000Z',
      '',
      'yes',
    ])
    expect(parsed[2]?.[2]).toBe('Hang Seng Tech Index')
    expect(parsed[2]?.[5]).toBe('')
  })
})

describe('reaction table CSV and a long event title', () => {
  it('names the event whole, not as the table caption cuts it', () => {
    const cut: MarketEvent = {
      ...event,
      kind: 'development',
      label: 'Ministry of Commerce confirms limited rare earth export lic…',
      wholeLabel: 'Ministry of Commerce confirms limited rare earth export licences to US firms',
    }
    const parsed = parseCsv(
      toCsv(reactionCsvRows(cut, [{ instrument: spx!, illustrative: true, reaction: null }])),
    )
    expect(parsed[1]?.[0]).toBe(
      'Ministry of Commerce confirms limited rare earth export licences to US firms',
    )
  })
})
