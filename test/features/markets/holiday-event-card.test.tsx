import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { MarketsPanel } from '../../../src/features/markets/markets-panel'
import { server } from '../../../mocks/node'
import marketsFixture from '../../../mocks/fixtures/markets.json'
import { renderWithFeed } from '../../render'
import { visit } from '../../page'
import { dailyCloses, ny } from './daily-series'

// Test data, not prices: two made-up New York markets closed for a holiday on Monday 9 June 2025,
// the day of the demo's Day 1 session (13:00 London, 08:00 New York): no price that day in either
// series, though their weekly hours list Monday. One has daily closes (5000 on Fri 6 June, 5050 on
// Tue 10 June: +1%); the other half-hourly prices on Fri 6 and Tue 10 June (2000 all Friday, then
// from 2000 at Tuesday's open up 10 a half hour: +1% in its first hour).
const market = {
  kind: 'stock',
  unit: 'USD',
  currency: 'USD',
  change: null,
  asOf: '2025-06-10T16:00:00-04:00',
  asOfPrecision: 'exact',
  timeZone: 'America/New_York',
  tradingHours: [{ days: [1, 2, 3, 4, 5], open: '09:30', close: '16:00' }],
  sourceIds: ['seed-article'],
}
const dailyMarket = {
  ...market,
  id: 'hold',
  name: 'Holiday Daily (test)',
  shortName: 'HolD',
  last: 5050,
  changePercent: 1,
}
const intradayMarket = {
  ...market,
  id: 'holi',
  name: 'Holiday Intraday (test)',
  shortName: 'HolI',
  last: 2130,
  changePercent: 6.5,
}

const closes = dailyCloses('2025-03-03', '2025-06-10', { '2025-06-06': 5000, '2025-06-10': 5050 })
const dailySeries = {
  instrumentId: 'hold',
  illustrative: false,
  basis: 'level',
  interval: '1d',
  reference: { value: 5000, at: '2025-06-06T20:00:00Z', label: 'Fri 6 Jun close' },
  points: closes.points
    .filter((p) => p.t !== ny('2025-06-09', '16:00'))
    .map((p) => ({ t: new Date(p.t).toISOString(), v: p.v })),
}
const halfHours = (date: string, value: (i: number) => number) =>
  Array.from({ length: 14 }, (_, i) => ({
    t: new Date(ny(date, '09:30') + i * 30 * 60_000).toISOString(),
    v: value(i),
  }))
const intradaySeries = {
  instrumentId: 'holi',
  illustrative: false,
  basis: 'level',
  interval: '30m',
  reference: { value: 2000, at: '2025-06-06T20:00:00Z', label: 'Fri 6 Jun close' },
  points: [
    ...halfHours('2025-06-06', () => 2000),
    ...halfHours('2025-06-10', (i) => 2000 + 10 * i),
  ],
}

function serveHolidayMarkets() {
  server.use(
    http.get('*/demo-feed/markets.json', () =>
      HttpResponse.json({
        instruments: [...marketsFixture.instruments, dailyMarket, intradayMarket],
      }),
    ),
    http.get('*/demo-feed/series/hold.json', () => HttpResponse.json(dailySeries)),
    http.get('*/demo-feed/series/holi.json', () => HttpResponse.json(intradaySeries)),
  )
}

describe('a card whose chosen event fell on its market’s holiday', () => {
  it('daily closes: names the next trading day’s close and the one before the event', async () => {
    serveHolidayMarkets()
    visit('/?session=london-day-1&tz=UTC')
    renderWithFeed(<MarketsPanel />, { now: Date.parse('2025-06-11T12:00:00Z') })
    const card = await screen.findByRole('article', { name: 'Holiday Daily (test)' })
    const summary = await within(card).findByText(/^HolD \+1\.00% on /)
    expect(summary).toHaveTextContent(
      'HolD +1.00% on the next trading day, Tue 10 Jun vs Fri 6 Jun; up 1.00% on the next trading day after Day 1 (session), Tue 10 Jun’s close vs Fri 6 Jun’s.',
    )
    expect(summary).not.toHaveTextContent(/on the day|first close after/)
  })

  it('intraday prices: counts from the next trading day’s open, and says which day', async () => {
    serveHolidayMarkets()
    visit('/?session=london-day-1&tz=UTC')
    renderWithFeed(<MarketsPanel />, { now: Date.parse('2025-06-11T12:00:00Z') })
    const card = await screen.findByRole('article', { name: 'Holiday Intraday (test)' })
    const summary = await within(card).findByText(/^HolI \+6\.50% on /)
    // Not "unchanged in the hour after Day 1": Monday's +1 h read Friday's last price.
    expect(summary).toHaveTextContent(
      'HolI +6.50% on the next trading day, Tue 10 Jun vs Fri 6 Jun; up 1.00% in the first hour of the next trading day after Day 1 (session) (Tue 10 Jun, from the open in New York).',
    )
    expect(
      within(card).getByText(/counting starts at its next open, Tue 10 Jun, 09:30/),
    ).toBeInTheDocument()
    const table = await screen.findByRole('table', { name: /Reaction to Day 1/ })
    const row = within(table).getByRole('rowheader', { name: 'HolI' }).closest('tr')!
    expect(row).toHaveTextContent('next open, Tue 10 Jun, 13:30 UTC (closed at the event)')
  })
})
