import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { MarketsPanel } from '../../../src/features/markets/markets-panel'
import { ChromeContext, fullChrome } from '../../../src/hooks/chrome-context'
import { server } from '../../../mocks/node'
import marketsFixture from '../../../mocks/fixtures/markets.json'
import { renderWithFeed } from '../../render'
import { visit } from '../../page'

// Test data, not prices: a made-up New York index whose feed last priced it on Friday 6 June 2025
// (every half hour of that session), seen on Monday afternoon: stale by then. Its figures are
// chosen to be found once: 1,234.56 last, +1.23% on the day.
const testIndex = {
  id: 'tst',
  name: 'Test Harbour Index',
  shortName: 'Harbour',
  kind: 'equity-index',
  unit: 'points',
  currency: null,
  last: 1234.56,
  change: null,
  changePercent: 1.23,
  asOf: '2025-06-06T16:00:00-04:00',
  asOfPrecision: 'exact',
  timeZone: 'America/New_York',
  tradingHours: [{ days: [1, 2, 3, 4, 5], open: '09:30', close: '16:00' }],
  sourceIds: ['seed-article'],
}
const friday = Date.parse('2025-06-06T13:30:00Z')
const testSeries = {
  instrumentId: 'tst',
  illustrative: false,
  basis: 'level',
  reference: { value: 1219.56, at: '2025-06-05T20:00:00Z', label: 'Thu 5 Jun close' },
  points: Array.from({ length: 14 }, (_, i) => ({
    t: new Date(friday + i * 30 * 60_000).toISOString(),
    v: i === 13 ? 1234.56 : 1220 + i,
  })),
}

function serveTestIndex() {
  server.use(
    http.get('*/demo-feed/markets.json', () =>
      HttpResponse.json({ instruments: [...marketsFixture.instruments, testIndex] }),
    ),
    http.get('*/demo-feed/series/tst.json', () => HttpResponse.json(testSeries)),
  )
}

function renderOneChart(instrument: string, now: number) {
  return renderWithFeed(
    <ChromeContext value={{ ...fullChrome, view: 'markets', instrument }}>
      <MarketsPanel />
    </ChromeContext>,
    { now },
  )
}

// docs/embedding.md: ?view=markets&instrument=x shows "that instrument's chart only". The page
// repeated the instrument's snapshot card above its chart, over 100 px of a 250 px iframe.
describe('one instrument’s chart alone (?view=markets&instrument=)', () => {
  it('shows its card only: name, last value, day change and staleness once, no snapshot strip', async () => {
    serveTestIndex()
    visit('/?tz=UTC')
    renderOneChart('tst', Date.parse('2025-06-09T19:00:00Z'))
    const region = await screen.findByRole('region', { name: 'Market reaction' })
    const card = await within(region).findByRole('article', { name: 'Test Harbour Index' })
    expect(await within(card).findByText('1,234.56 points')).toBeInTheDocument()
    expect(within(card).getByText(/^Harbour \+1\.23% on the day/)).toBeInTheDocument()
    expect(await within(card).findByText(/^No price (since|for)/)).toBeInTheDocument()
    expect(within(card).queryByText('Illustrative path')).not.toBeInTheDocument()

    expect(screen.queryByRole('list', { name: 'Market snapshot' })).not.toBeInTheDocument()
    expect(within(region).getAllByRole('article')).toHaveLength(1)
    // Nothing outside the card repeats its figures.
    for (const figure of [/1,234\.56/, /\+1\.23%/, /No price (since|for)/])
      for (const found of within(region).queryAllByText(figure))
        expect(card.contains(found)).toBe(true)
  })

  it('keeps the illustrative mark of a generated path on the card itself', async () => {
    visit('/?tz=UTC')
    renderOneChart('spx', Date.parse('2025-06-10T09:15:00+01:00'))
    const card = await screen.findByRole('article', { name: 'S&P 500' })
    expect(await within(card).findByText('Illustrative path')).toBeInTheDocument()
    expect(await within(card).findByText('6,005.88 points')).toBeInTheDocument()
    expect(screen.queryByRole('list', { name: 'Market snapshot' })).not.toBeInTheDocument()
  })
})
