import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { MarketsPanel } from '../../../src/features/markets/markets-panel'
import { server } from '../../../mocks/node'
import spx from '../../../mocks/fixtures/series/spx.json'
import dxy from '../../../mocks/fixtures/series/dxy.json'
import marketsDoc from '../../../mocks/fixtures/markets.json'
import { renderWithFeed } from '../../render'

async function renderPanel() {
  window.history.replaceState(null, '', '/')
  renderWithFeed(<MarketsPanel />, { now: Date.parse('2025-06-10T09:15:00+01:00') })
  return screen.findByRole('region', { name: 'Market reaction' })
}

/** The chart of an instrument card, once drawn (jsdom sizes it through the stubbed ResizeObserver). */
async function drawnCard(name: string) {
  const card = await screen.findByRole('article', { name })
  await within(card).findByRole('slider', { name: new RegExp(`^${name.replace(/[&()]/g, '.')}`) })
  return card
}

/**
 * Test data: real-kind daily S&P closes (5,900 on Mon 19 May, 5,959 on Tue 20 May) whose reference
 * close is the demo's, in June: after a replayed moment or a window in May.
 */
function serveDailySpxInMay() {
  const closes = [
    ['2025-05-15', 5880],
    ['2025-05-16', 5890],
    ['2025-05-19', 5900],
    ['2025-05-20', 5959],
    ['2025-06-06', 6000.48],
    ['2025-06-09', 6005.88],
  ].map(([date, v]) => ({ t: `${date}T20:00:00Z`, v }))
  const daily = { ...spx, illustrative: false, note: undefined, interval: '1d', points: closes }
  server.use(http.get('*/demo-feed/series/spx.json', () => HttpResponse.json(daily)))
}

describe('market chart marks', () => {
  it('draws the previous close where the series gives one, with its label and key entry', async () => {
    await renderPanel()
    const card = await drawnCard('S&P 500')
    expect(card.querySelector('[data-previous-close]')).not.toBeNull()
    expect(card.querySelector('[data-axis-label="previous-close"]')?.textContent).toBe('6,000.48')
    expect(within(card).getByRole('list', { name: 'Chart key' })).toHaveTextContent(
      'Previous close',
    )
  })

  it('in replay, marks only a previous close known at the moment: the series’ own close before it, not a later one', async () => {
    serveDailySpxInMay()
    window.history.replaceState(null, '', '/?asof=2025-05-20T21:00:00Z&window=all')
    renderWithFeed(<MarketsPanel />, { now: Date.parse('2025-06-10T09:15:00+01:00') })
    const card = await drawnCard('S&P 500')
    expect(card.querySelector('[data-axis-label="last"]')?.textContent).toBe('5,959.00')
    expect(card.querySelector('[data-axis-label="previous-close"]')?.textContent).toBe('5,900.00')
  })

  it('in a time window that ends before the reference close, marks the close before the last day shown', async () => {
    serveDailySpxInMay()
    window.history.replaceState(null, '', '/?window=2025-05-18T00:00Z~2025-05-21T00:00Z')
    renderWithFeed(<MarketsPanel />, { now: Date.parse('2025-06-10T09:15:00+01:00') })
    const card = await drawnCard('S&P 500')
    expect(card.querySelector('[data-axis-label="last"]')?.textContent).toBe('5,959.00')
    expect(card.querySelector('[data-axis-label="previous-close"]')?.textContent).toBe('5,900.00')
    expect(card.querySelector('[data-previous-close] text')?.textContent).toBe('Prev close')
  })

  it('writes the previous close’s name under its line when the line runs along the top', async () => {
    const highest = Math.max(...spx.points.map((p) => p.v))
    server.use(
      http.get('*/demo-feed/series/spx.json', () =>
        // Test data: every price of the day below a previous close of 6,000, the top of the axis.
        HttpResponse.json({
          ...spx,
          reference: { ...spx.reference, value: 6000 },
          points: spx.points.map((p) => ({ ...p, v: p.v - highest + 5990 })),
        }),
      ),
    )
    await renderPanel()
    const card = await drawnCard('S&P 500')
    const line = card.querySelector('[data-previous-close] line')!
    const name = card.querySelector('[data-previous-close] rect')!
    // The name's box lies wholly inside the plot, under the line.
    expect(Number(name.getAttribute('y'))).toBeGreaterThanOrEqual(0)
    expect(Number(name.getAttribute('y'))).toBeGreaterThan(Number(line.getAttribute('y1')))
  })

  it('says nothing about a previous close the series does not give', async () => {
    server.use(
      http.get('*/demo-feed/series/spx.json', () =>
        HttpResponse.json({ ...spx, reference: { ...spx.reference, value: null } }),
      ),
    )
    await renderPanel()
    const card = await drawnCard('S&P 500')
    expect(card.querySelector('[data-previous-close]')).toBeNull()
    expect(within(card).getByRole('list', { name: 'Chart key' })).not.toHaveTextContent(
      'Previous close',
    )
    // The last value is still labelled at the edge.
    expect(card.querySelector('[data-axis-label="last"]')?.textContent).toBe('6,005.88')
  })

  it('draws the previous close beside a single price, whose place against it is all it says', async () => {
    server.use(
      http.get('*/demo-feed/series/spx.json', () =>
        // One price, 1.6% above the previous close: a band around it alone would leave the close out.
        HttpResponse.json({ ...spx, points: [{ ...spx.points.at(-1)!, v: 6100 }] }),
      ),
    )
    await renderPanel()
    const card = await drawnCard('S&P 500')
    expect(card.querySelector('[data-previous-close]')).not.toBeNull()
    expect(card.querySelector('[data-axis-label="previous-close"]')?.textContent).toBe('6,000.48')
  })

  it('draws a single yield near zero on an axis of its quoted digits, not of millionths', async () => {
    // Test data: the Dollar Index card turned into a yield of 0.005% with one price and no close.
    const instruments = marketsDoc.instruments.map((i) =>
      i.id === 'dxy'
        ? {
            ...i,
            name: 'Test yield',
            shortName: 'Test yield',
            kind: 'yield',
            unit: 'percent',
            last: 0.005,
            changePercent: null,
            decimals: 3,
          }
        : i,
    )
    server.use(
      http.get('*/demo-feed/markets.json', () => HttpResponse.json({ instruments })),
      http.get('*/demo-feed/series/dxy.json', () =>
        HttpResponse.json({
          ...dxy,
          reference: { ...dxy.reference, value: null },
          points: [{ ...dxy.points.at(-1)!, v: 0.005 }],
        }),
      ),
    )
    await renderPanel()
    const card = await drawnCard('Test yield')
    const ticks = [...card.querySelectorAll('text.recharts-yAxis')].map((t) =>
      Number(t.textContent?.replace('−', '-')),
    )
    // Five levels, less the one the last price's label covers.
    expect(ticks.length).toBeGreaterThanOrEqual(4)
    // Five of its last quoted digit (0.001) either side: 0 to 0.01, not 0.004995 to 0.005005.
    expect(Math.max(...ticks) - Math.min(...ticks)).toBeGreaterThanOrEqual(0.01)
  })

  it('labels a yield near zero to as many decimals as its axis, never coarser', async () => {
    // Test data: the Dollar Index card turned into a 2-year yield drifting from −0.0020% to −0.0018%.
    const instruments = marketsDoc.instruments.map((i) =>
      i.id === 'dxy'
        ? { ...i, name: 'Test yield', shortName: 'Test yield', kind: 'yield', unit: 'percent' }
        : i,
    )
    const points = dxy.points.slice(-5).map((p, n) => ({ ...p, v: -0.002 + n * 0.00005 }))
    server.use(
      http.get('*/demo-feed/markets.json', () =>
        HttpResponse.json({
          instruments: instruments.map((i) =>
            i.id === 'dxy' ? { ...i, last: points.at(-1)!.v, changePercent: null, decimals: 3 } : i,
          ),
        }),
      ),
      http.get('*/demo-feed/series/dxy.json', () =>
        HttpResponse.json({ ...dxy, reference: { ...dxy.reference, value: null }, points }),
      ),
    )
    await renderPanel()
    const card = await drawnCard('Test yield')
    const decimals = (text: string | null | undefined) => text?.split('.')[1]?.length ?? 0
    const ticks = [...card.querySelectorAll('text.recharts-yAxis')].map((t) => t.textContent)
    const last = card.querySelector('[data-axis-label="last"]')?.textContent
    expect(decimals(last)).toBeGreaterThanOrEqual(Math.max(...ticks.map(decimals)))
    expect(last).toBe('−0.00180')
  })

  it('keeps the previous close’s label inside the chart when it sits just above a last value at the top', async () => {
    // Test data: three S&P prices rising to 6,095 with the previous close at 6,100, the top of the scale.
    const [a, b, c] = spx.points.slice(-3)
    server.use(
      http.get('*/demo-feed/series/spx.json', () =>
        HttpResponse.json({
          ...spx,
          reference: { ...spx.reference, value: 6100 },
          points: [
            { ...a, v: 5900 },
            { ...b, v: 6000 },
            { ...c, v: 6095 },
          ],
        }),
      ),
    )
    await renderPanel()
    const card = await drawnCard('S&P 500')
    const pill = (name: string) =>
      Number(card.querySelector(`[data-axis-label="${name}"] rect`)?.getAttribute('y'))
    expect(card.querySelector('[data-axis-label="previous-close"]')?.textContent).toBe('6,100.00')
    expect(pill('previous-close')).toBeGreaterThanOrEqual(0)
    // And off the last value's label: below it, as there is no room above.
    expect(Math.abs(pill('previous-close') - pill('last'))).toBeGreaterThanOrEqual(16)
  })

  it('in a window that ends before the close a percent-change series is measured from, names that close by its day, not as the previous one', async () => {
    // The demo's Hang Seng Tech is % against Monday 9 June's close (16:00 in Hong Kong, 09:00 BST).
    window.history.replaceState(null, '', '/?window=2025-06-09T01:00Z~2025-06-09T05:00Z')
    renderWithFeed(<MarketsPanel />, { now: Date.parse('2025-06-10T09:15:00+01:00') })
    const card = await drawnCard('Hang Seng Tech Index')
    expect(card.querySelector('[data-previous-close] text')?.textContent).toBe('9 Jun close')
    const key = within(card).getByRole('list', { name: 'Chart key' })
    expect(key).toHaveTextContent('Close of Mon 9 Jun')
    expect(key).not.toHaveTextContent('Previous close')
    expect(card).toHaveTextContent(/[+−]\d\.\d\d% vs the close of Mon 9 Jun/)
    expect(card).not.toHaveTextContent('vs previous close')
  })

  it('in replay before that close, draws none of its prices: none could be known then', async () => {
    window.history.replaceState(null, '', '/?asof=2025-06-09T05:00:00Z')
    renderWithFeed(<MarketsPanel />, { now: Date.parse('2025-06-10T09:15:00+01:00') })
    const card = await screen.findByRole('article', { name: 'Hang Seng Tech Index' })
    expect(
      await within(card).findByText(
        'No Hang Seng Tech price known at this moment: its prices are % against the close of Mon 9 Jun (08:00 UTC).',
      ),
    ).toBeInTheDocument()
    expect(card.querySelector('[data-previous-close]')).toBeNull()
    expect(card).not.toHaveTextContent(/\d% vs/)
  })

  it('once past that close, calls it the previous close again', async () => {
    window.history.replaceState(null, '', '/?asof=2025-06-10T03:00:00Z')
    renderWithFeed(<MarketsPanel />, { now: Date.parse('2025-06-10T09:15:00+01:00') })
    const card = await drawnCard('Hang Seng Tech Index')
    expect(card.querySelector('[data-previous-close] text')?.textContent).toBe('Prev close')
    expect(within(card).getByRole('list', { name: 'Chart key' })).toHaveTextContent(
      'Previous close',
    )
    expect(card).toHaveTextContent(/[+−]\d\.\d\d% vs previous close/)
  })
})
