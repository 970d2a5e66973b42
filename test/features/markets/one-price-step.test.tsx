import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ReactionTable } from '../../../src/features/markets/reaction-table'
import { computeReaction } from '../../../src/features/markets/reaction'
import { sigmaOf } from '../../../src/features/markets/move-sigma'
import type { MarketEvent } from '../../../src/features/markets/market-events'
import { addDays } from '../../../src/lib/civil-date'
import { dailyCloses, ny, testStock } from './daily-series'

// Test data: a thinly traded stock that closes at 12.34 day after day, a price step (12.35) on two
// days in three months, and again on the day of the event.
const values: Record<string, number> = {}
for (let date = '2025-03-03'; date <= '2025-06-27'; date = addDays(date, 1)) values[date] = 12.34
for (const date of ['2025-04-07', '2025-05-12', '2025-06-09']) values[date] = 12.35
const closes = dailyCloses('2025-03-03', '2025-06-27', values)
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

describe('the size of a move on a series that moves by whole price steps', () => {
  it('marks the smallest move the series makes (one price step) as such, never as unusual', () => {
    const instrument = testStock('thin', 'THIN')
    const reaction = computeReaction(instrument, closes, event.at)
    render(
      <ReactionTable
        event={event}
        rows={[{ instrument, reaction, illustrative: false }]}
        zone="UTC"
        now={ny('2025-06-30', '12:00')}
      />,
    )
    const row = screen.getByRole('row', { name: /THIN/ })
    // Day 0: Friday's 12.34 to Monday's 12.35, +0.08%: one price step, as on two days before.
    const cell = within(row).getByText(/^\+0\.08%/, { selector: 'td' })
    expect(cell).not.toHaveTextContent('unusual')
    expect(cell).toHaveTextContent(/sigma, its smallest move/)
  })

  it('still calls a move several steps wide unusual', () => {
    // Moves of 0 or ±1 step in its history; a move of 3 steps.
    const history = [...Array<number>(40).fill(0), 0.081, -0.081, 0.081, -0.081]
    expect(sigmaOf(3 * 0.081, history).smallest).toBe(false)
    expect(sigmaOf(0.081, history).smallest).toBe(true)
    // A series with no move in its history has none smaller.
    expect(sigmaOf(0.081, Array<number>(40).fill(0)).smallest).toBe(false)
  })
})
