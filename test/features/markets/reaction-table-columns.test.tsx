import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ReactionTable, type ReactionRow } from '../../../src/features/markets/reaction-table'
import { computeReaction } from '../../../src/features/markets/reaction'
import type { MarketEvent } from '../../../src/features/markets/market-events'
import { dailyCloses, ny, testStock } from './daily-series'

const DAY = 86_400_000

/** Test data: two New York stocks with daily closes, and the same with hourly prices. */
const stock = (id: string) => testStock(id)
const daily = dailyCloses('2025-03-03', '2025-06-27')
const hourly = {
  ...daily,
  cadence: { kind: 'intraday' as const, stepMs: 3_600_000, declared: '1h' },
  points: [10, 11, 12, 13, 14, 15].map((h, i) => ({ t: ny('2025-06-09', `${h}:30`), v: 100 + i })),
}
const event = {
  kind: 'session',
  id: 'test-day-1',
  at: ny('2025-06-09', '08:00'),
  end: null,
  precision: 'exact',
  label: 'Test Day 1 (session)',
  detail: '',
  sessionId: 'test-day-1',
} as MarketEvent

function row(id: string, series: typeof daily | null): ReactionRow {
  const instrument = stock(id)
  return {
    instrument,
    reaction: series ? computeReaction(instrument, series, event.at) : null,
    illustrative: false,
  }
}

const later = ny('2025-06-30', '12:00')
const table = (rows: ReactionRow[], now = later) => (
  <ReactionTable event={event} rows={rows} zone="UTC" now={now} />
)
const headers = () =>
  within(screen.getByRole('table'))
    .getAllByRole('columnheader')
    .map((h) => h.textContent)

describe('the reaction table’s columns', () => {
  it('leaves out +15 min and +1 h when every series has daily closes, and says why', () => {
    render(table([row('AAA', daily), row('BBB', daily)]))
    expect(headers()).toEqual([
      'Instrument',
      'Counted from',
      'Next close',
      'Close +1 day',
      'Close +5 days',
    ])
    expect(screen.getByRole('table')).toHaveAccessibleName(
      /no \+15 min or \+1 h: no intraday prices$/,
    )
  })

  it('and when the only intraday series stopped before the event', () => {
    const stopped = { ...hourly, points: hourly.points.map((p) => ({ ...p, t: p.t - 7 * DAY })) }
    render(table([row('AAA', daily), row('BBB', stopped)]))
    expect(headers()).not.toContain('+15 min')
  })

  it('keeps them for an intraday series, for one whose hour is still to come, and while a series has not loaded', () => {
    const { rerender } = render(table([row('AAA', daily), row('BBB', hourly)]))
    expect(headers()).toContain('+15 min')
    // Ten minutes after the event, before any price of the hour has come.
    const early = {
      ...hourly,
      points: hourly.points.slice(0, 1).map((p) => ({ ...p, t: event.at - 60_000 })),
    }
    rerender(table([row('AAA', daily), row('BBB', early)], event.at + 10 * 60_000))
    expect(headers()).toEqual(expect.arrayContaining(['+15 min', '+1 h']))
    rerender(table([row('AAA', daily), row('BBB', null)]))
    expect(headers()).toEqual(expect.arrayContaining(['+15 min', '+1 h']))
    expect(screen.getByRole('table')).not.toHaveAccessibleName(/no intraday prices/)
  })
})

describe('the reaction table’s sigma notes', () => {
  it('say a pegged series never moves, not that its long history is too short', () => {
    // Test data: a currency held at 7.85 every day for four months, then a stock that moved.
    const pegged = { ...daily, points: daily.points.map((p) => ({ ...p, v: 7.85 })) }
    render(table([row('PEG', pegged), row('AAA', daily)]))
    const [peg, moving] = within(screen.getByRole('table')).getAllByRole('row').slice(1)
    expect(peg).toHaveTextContent('never moves in its history')
    expect(peg).not.toHaveTextContent('not enough history')
    expect(moving).toHaveTextContent(/sigma/)
  })
})
