import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ReactionTable } from '../../../src/features/markets/reaction-table'
import { computeReaction } from '../../../src/features/markets/reaction'
import type { PreparedSeries } from '../../../src/features/markets/series-view'
import { dailyCloses, intradayBars, ny, testEvent, testStock } from './daily-series'

// Test data, not prices. With bars coarser than the time left in the session, the day's close is
// read from the very bar counting starts from: no figure can be told, and 0.00% would be made up.

const HOUR = 3_600_000
const stock = testStock('tst', 'TEST')

/** Bars every `step` ms from each New York open (none at the close), 9 to 20 June 2025. */
const bars = (step: number) =>
  intradayBars({ step, from: '2025-06-09', to: '2025-06-20', atClose: false })

function cellOf(series: PreparedSeries, eventAt: number, column = 'Next close'): HTMLElement {
  const event = testEvent(eventAt, 'a test statement')
  const reaction = computeReaction(stock, series, eventAt)
  render(
    <ReactionTable
      event={event}
      rows={[{ instrument: stock, reaction, illustrative: false }]}
      zone="America/New_York"
      now={ny('2025-06-30', '12:00')}
    />,
  )
  const table = screen.getByRole('table')
  const columns = within(table)
    .getAllByRole('columnheader')
    .map((h) => h.textContent)
  const row = within(table).getByRole('row', { name: /^TEST/ })
  return within(row).getAllByRole('cell')[columns.indexOf(column) - 1]!
}

describe('the next close read from the bar counting starts from', () => {
  it('4-hour bars, an event at 14:00 inside the 13:30 bar: "same bar as the event", no 0.00%', () => {
    const cell = cellOf(bars(4 * HOUR), ny('2025-06-10', '14:00'))
    expect(cell).toHaveTextContent('same bar as the event')
    expect(cell).not.toHaveTextContent(/0\.00%/)
  })

  it('2-hour bars, an event after the day’s last bar: the same, and the next day still a figure', () => {
    const series = bars(2 * HOUR)
    const eventAt = ny('2025-06-10', '15:45')
    expect(cellOf(series, eventAt)).toHaveTextContent('same bar as the event')
    const r = computeReaction(stock, series, eventAt)
    expect(r.close).toMatchObject({ move: null, sameBar: true })
    expect(r.next.move).toBeGreaterThan(0)
  })

  it('daily closes read as intraday (a feed declaring "1h"), an evening event: "same bar as the next open"', () => {
    const daily = dailyCloses('2025-03-03', '2025-06-27')
    const declared = {
      ...daily,
      cadence: { kind: 'intraday' as const, stepMs: 86_400_000, declared: '1h' },
    }
    const cell = cellOf(declared, ny('2025-06-10', '17:00'))
    expect(cell).toHaveTextContent('same bar as the next open')
    expect(cell).not.toHaveTextContent(/%/)
  })

  it('hourly bars, an event after the day’s last bar: +1 h keeps its column and says so', () => {
    const cell = cellOf(bars(HOUR), ny('2025-06-10', '15:40'), '+1 h')
    expect(cell).toHaveTextContent('same bar as the event')
    expect(screen.getByRole('table')).not.toHaveAccessibleName(/no intraday prices/)
  })

  it('ticks with no trade after the event before the close: "no trade since the event"', () => {
    const minutes = bars(60_000)
    const ticks = {
      ...minutes,
      cadence: { kind: 'intraday' as const, stepMs: 0, declared: 'tick' },
    }
    expect(cellOf(ticks, ny('2025-06-10', '15:59') + 30_000)).toHaveTextContent(
      'no trade since the event',
    )
  })

  it('5-minute bars keep their figure', () => {
    expect(cellOf(bars(5 * 60_000), ny('2025-06-10', '14:00'))).toHaveTextContent(/\+\d\.\d\d%/)
  })
})
