import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MarketsPanel } from '../../../src/features/markets/markets-panel'
import { server } from '../../../mocks/node'
import dxy from '../../../mocks/fixtures/series/dxy.json'
import marketsFixture from '../../../mocks/fixtures/markets.json'
import { renderWithFeed } from '../../render'
import { decimalsThatFit, quotedDecimals } from '../../../src/lib/quoted-decimals'
import { tickLabel, valueLabel } from '../../../src/features/markets/value-labels'
import { valueScale } from '../../../src/features/markets/value-scale'

// Test data: the demo feed with its Dollar Index replaced by EUR/USD, and the S&P 500 quoted to
// one decimal by the feed.
const eurusd = {
  ...marketsFixture.instruments.find((i) => i.id === 'dxy')!,
  name: 'EUR/USD (test)',
  shortName: 'EUR/USD',
  kind: 'fx',
  unit: 'USD per EUR',
  currency: 'USD',
  last: 1.14237,
}
const eurusdSeries = {
  ...dxy,
  illustrative: false,
  reference: { ...dxy.reference, value: 1.1392 },
  points: dxy.points.map((p, i, all) => ({
    t: p.t,
    v: i === all.length - 1 ? 1.14237 : 1.139 + (i % 7) * 0.0003,
  })),
}

describe('levels to the decimals an instrument is quoted to', () => {
  it('shows a currency pair to 4 decimals and a level the feed quotes to 1 at 1', async () => {
    server.use(
      http.get('*/demo-feed/markets.json', () =>
        HttpResponse.json({
          ...marketsFixture,
          instruments: marketsFixture.instruments.map((i) =>
            i.id === 'dxy' ? eurusd : i.id === 'spx' ? { ...i, decimals: 1 } : i,
          ),
        }),
      ),
      http.get('*/demo-feed/series/dxy.json', () => HttpResponse.json(eurusdSeries)),
    )
    window.history.replaceState(null, '', '/?tz=UTC')
    renderWithFeed(<MarketsPanel />, {
      now: Date.parse('2025-06-10T09:15:00+01:00'),
    })
    const strip = await screen.findByRole('list', { name: 'Market snapshot' })
    expect(within(strip).getByText('1.1424')).toBeInTheDocument()
    expect(within(strip).getByText('6,005.9')).toBeInTheDocument()
    const card = await screen.findByRole('article', { name: 'EUR/USD (test)' })
    expect(await within(card).findByText('1.1424 USD per EUR')).toBeInTheDocument()
    await waitFor(() =>
      expect(card.querySelector('[data-axis-label="last"]')).toHaveTextContent('1.1424'),
    )
    expect(card.querySelector('[data-axis-label="previous-close"]')).toHaveTextContent('1.1392')
  })
})

describe('quotedDecimals', () => {
  it('takes the feed’s decimals, else what the kind is quoted to', () => {
    expect(quotedDecimals({ kind: 'fx', last: 1.14, decimals: 5 })).toBe(5)
    expect(quotedDecimals({ kind: 'fx', last: 7.1875 })).toBe(4)
    expect(quotedDecimals({ kind: 'fx', last: 145.27 })).toBe(2)
    expect(quotedDecimals({ kind: 'yield', last: 4.412 })).toBe(3)
    expect(quotedDecimals({ kind: 'equity-index', last: 6005.88 })).toBe(2)
  })

  it('gives an axis label no more digits than it holds', () => {
    expect(decimalsThatFit(1.14235, 5)).toBe(5)
    expect(decimalsThatFit(145.273, 5)).toBe(3)
    expect(decimalsThatFit(12_345.6, 2)).toBe(1)
    expect(decimalsThatFit(123_456, 2)).toBe(0)
    expect(valueLabel(1.14235, 'level', 5)).toBe('1.14235')
    expect(valueLabel(6005.88, 'level', 2)).toBe('6,005.88')
    expect(valueLabel(-0.00042, 'level', 4)).toBe('−0.0004')
  })

  it('writes a level of a million and more in millions or billions, and a level under a ten-thousandth with its zeros counted', () => {
    expect(valueLabel(38_512_345.12, 'level', 2)).toBe('38.51M')
    expect(valueLabel(2_500_000_000, 'level', 2)).toBe('2.50B')
    expect(valueLabel(-1_234_567, 'change', 2)).toBe('−1.23M')
    expect(tickLabel(37_000_000, 'level', 1_000_000)).toBe('37M')
    // An axis stepping by a tenth of a million says every tick in millions.
    expect(tickLabel(800_000, 'level', 200_000)).toBe('0.8M')
    expect(valueLabel(0.00001234, 'level', 8)).toBe('0.0₄1234')
    expect(tickLabel(0.0000125, 'level', 0.00000025)).toBe('0.0₄1250')
    // Short enough as it is.
    expect(valueLabel(0.000725, 'level', 6)).toBe('0.000725')
  })

  it('gives the ticks of any axis labels that differ, from millionths to billions', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -7, max: 11, noNaN: true }),
        fc.double({ min: 0.001, max: 0.5, noNaN: true }),
        (magnitude, spread) => {
          const low = 10 ** magnitude
          const { ticks } = valueScale(low, low * (1 + spread))
          const step = ticks[1]! - ticks[0]!
          const labels = ticks.map((tick) => tickLabel(tick, 'level', step))
          return new Set(labels).size === labels.length
        },
      ),
    )
  })

  it('keeps every axis label to seven digits, whatever the feed’s decimals', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e12, max: 1e12, noNaN: true }),
        fc.integer({ min: 0, max: 8 }),
        (value, decimals) => valueLabel(value, 'level', decimals).replace(/\D/g, '').length <= 7,
      ),
    )
  })
})
