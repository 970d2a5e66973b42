import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { figureMistake } from '../../../src/features/markets/figure-mistake'
import type { SeriesTail } from '../../../src/features/markets/series-tail'
import { MarketSnapshotBar } from '../../../src/features/markets/market-snapshot-bar'
import { marketsQueries } from '../../../src/feed/queries'
import { instrumentSchema } from '../../../src/feed/schemas/markets'
import { server } from '../../../mocks/node'
import markets from '../../../mocks/fixtures/markets.json'
import { renderWithFeed } from '../../render'
import { visit } from '../../page'

const articleMoment = Date.parse('2025-06-10T09:15:00+01:00')
const spx = instrumentSchema.parse(markets.instruments.find((i) => i.id === 'spx'))
const midYear = Date.UTC(2025, 6, 1)
// The S&P 500's series ends at the close the feed gives: 6,005.88 at 16:00 New York.
const end: SeriesTail = {
  lastAt: Date.parse(spx.asOf),
  cadence: { kind: 'intraday', stepMs: 300_000, declared: null },
  lastValue: 6005.88,
  basis: 'level',
}
const mistake = (instrument = spx, tail: SeriesTail | null = end, now = articleMoment) =>
  figureMistake(instrument, tail, now, 'UTC', midYear)?.words ?? null

describe('figureMistake', () => {
  it('finds nothing when the figure and its series agree, even to more decimals than shown', () => {
    expect(mistake()).toBeNull()
    expect(mistake(spx, { ...end, lastValue: 6005.8801 })).toBeNull()
    expect(mistake(spx, null)).toBeNull()
  })

  it('names a last value that reads differently from the series', () => {
    expect(mistake({ ...spx, last: 9999 })).toBe(
      'Last price disagrees with its series (6,005.88, Mon 9 Jun, 20:00 UTC)',
    )
  })

  it('names a day change that disagrees with a series of % changes', () => {
    const pct = { ...end, basis: 'percent-change' as const, lastValue: 0.31 }
    expect(mistake({ ...spx, changePercent: 0.31 }, pct)).toBeNull()
    expect(mistake({ ...spx, changePercent: 1.31 }, pct)).toBe(
      'Day change disagrees with its series (+0.31%, Mon 9 Jun, 20:00 UTC)',
    )
  })

  it('names a series with a later price than the figure, and an as-of time after now', () => {
    expect(mistake(spx, { ...end, lastAt: end.lastAt + 3_600_000 })).toBe(
      'Its series has a later price (Mon 9 Jun, 21:00 UTC)',
    )
    expect(mistake({ ...spx, asOf: '2025-06-11T09:15:00+01:00' }, null)).toBe(
      'As-of time 1 d ahead of now',
    )
  })
})

describe('the snapshot, beside a series that disagrees with it', () => {
  it('marks the figure and says what the series says, once a panel has loaded the series', async () => {
    // Test data: markets.json gives a last S&P 500 of 9,999 that its series does not end at.
    const instruments = markets.instruments.map((i) => (i.id === 'spx' ? { ...i, last: 9999 } : i))
    server.use(http.get('*/demo-feed/markets.json', () => HttpResponse.json({ instruments })))
    visit('/?tz=UTC')
    const { queryClient, runtime } = renderWithFeed(<MarketSnapshotBar />, { now: articleMoment })
    const band = await screen.findByRole('list', { name: 'Market snapshot' })
    const cell = () => within(band).getByText('S&P 500').closest('li')!
    await within(cell()).findByText('9,999.00')
    expect(cell()).not.toHaveAttribute('data-figure-mistake')
    await queryClient.prefetchQuery(marketsQueries.series(runtime.feedBaseUrl, 'spx'))
    await waitFor(() => expect(cell()).toHaveAttribute('data-figure-mistake'))
    expect(cell()).toHaveTextContent(
      '(Last price disagrees with its series (6,005.88, Mon 9 Jun, 20:00 UTC))',
    )
    expect(cell()).toHaveAttribute('title', expect.stringMatching(/one of them is wrong/))
    expect(within(band).getByText('Dollar Index').closest('li')).not.toHaveAttribute(
      'data-figure-mistake',
    )
  })
})
