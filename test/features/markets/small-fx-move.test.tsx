import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ReactionTable } from '../../../src/features/markets/reaction-table'
import { computeReaction } from '../../../src/features/markets/reaction'
import type { MarketEvent } from '../../../src/features/markets/market-events'
import type { PreparedSeries } from '../../../src/features/markets/series-view'
import type { Instrument } from '../../../src/feed/schemas/types'
import { cadenceOf } from '../../../src/lib/cadence'
import { ny } from './daily-series'

/** Test data: a USD/CNH quoted to 4 decimals that moves three pips (+0.004%) after the event. */
const usdcnh: Instrument = {
  id: 'usdcnh',
  name: 'USD/CNH (test data)',
  shortName: 'USD/CNH',
  kind: 'fx',
  unit: 'CNH per USD',
  currency: 'CNH',
  last: null,
  change: null,
  changePercent: null,
  asOf: '2025-06-10T16:00:00Z',
  asOfPrecision: 'exact',
  timeZone: 'America/New_York',
  tradingHours: [{ days: [0, 1, 2, 3, 4], open: '17:00', close: '17:00' }],
  sourceIds: [],
}
const event = ny('2025-06-10', '10:00')
const points = Array.from({ length: 180 }, (_, i) => {
  const t = ny('2025-06-10', '09:00') + i * 60_000
  return { t, v: t > event ? 7.2003 : 7.2 }
})
const series: PreparedSeries = {
  instrumentId: 'usdcnh',
  basis: 'level',
  illustrative: true,
  note: null,
  cadence: cadenceOf(points.map((p) => p.t)),
  points,
}
const marketEvent = {
  kind: 'development',
  id: 'test-statement',
  at: event,
  end: null,
  precision: 'exact',
  label: 'Test statement',
  detail: '',
} as MarketEvent

describe('a currency pair’s small move in the reaction table', () => {
  it('reads as the move it is, not as 0.00% and flat', () => {
    render(
      <ReactionTable
        event={marketEvent}
        rows={[
          {
            instrument: usdcnh,
            reaction: computeReaction(usdcnh, series, event),
            illustrative: true,
          },
        ]}
        zone="UTC"
        now={ny('2025-06-10', '12:00')}
      />,
    )
    const row = within(screen.getByRole('table')).getByRole('row', { name: /USD\/CNH/ })
    const cells = within(row).getAllByRole('cell')
    // +15 min and +1 h after the event
    expect(cells[1]).toHaveTextContent('+0.004% ▲')
    expect(cells[2]).toHaveTextContent('+0.004% ▲')
    expect(row).not.toHaveTextContent('0.00%')
  })
})
