import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ReactionTable } from '../../../src/features/markets/reaction-table'
import { computeReaction } from '../../../src/features/markets/reaction'
import type { MarketEvent } from '../../../src/features/markets/market-events'
import { cadenceOf } from '../../../src/lib/cadence'
import { dailyCloses, ny, testStock } from './daily-series'

/**
 * Test data: an event in June, and two New York stocks whose series start weeks later (one listed
 * after it, with daily closes; one with a week of minute bars). Their moves will never come: no
 * cell may say "no data yet".
 */
const event = {
  kind: 'development',
  id: 'test-statement',
  at: ny('2025-06-09', '12:00'),
  end: null,
  precision: 'exact',
  label: 'Test statement',
  detail: '',
} as MarketEvent
const listedLater = dailyCloses('2025-07-01', '2025-08-29')
const minutes = Array.from({ length: 390 }, (_, i) => ({
  t: ny('2025-08-25', '09:30') + i * 60_000,
  v: 100 + (i % 5),
}))
const minuteBars = { ...listedLater, cadence: cadenceOf(minutes.map((p) => p.t)), points: minutes }

describe('the reaction table for a series that starts after the event', () => {
  it('says there is no price to count from, not that the data is still to come', () => {
    const rows = [
      { id: 'LATE', series: listedLater },
      { id: 'MINS', series: minuteBars },
    ].map(({ id, series }) => {
      const instrument = testStock(id)
      return {
        instrument,
        reaction: computeReaction(instrument, series, event.at),
        illustrative: false,
      }
    })
    render(<ReactionTable event={event} rows={rows} zone="UTC" now={ny('2025-08-29', '18:00')} />)
    for (const id of ['LATE', 'MINS']) {
      const row = within(screen.getByRole('table')).getByRole('row', { name: new RegExp(id) })
      expect(row).not.toHaveTextContent('no data yet')
      expect(row).toHaveTextContent('no price to count from')
    }
  })
})
