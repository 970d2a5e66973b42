import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import quotesDoc from '../../../mocks/fixtures/quotes.json'
import { server } from '../../../mocks/node'
import { QuoteWall } from '../../../src/features/quotes/quote-wall'
import { renderWithFeed } from '../../render'
import { quoteItems, visitInLondon } from '../../page'

const articleMoment = Date.parse('2025-06-10T09:15:00+01:00')

/** Serves the demo's quotes with "China’s not easy." said at `saidAt` (test data). */
function serveChinaNotEasyAt(saidAt: string) {
  const quotes = quotesDoc.quotes.map((q) =>
    q.text === 'China’s not easy.' ? { ...q, saidAt } : q,
  )
  server.use(http.get('*/demo-feed/quotes.json', () => HttpResponse.json({ quotes })))
}

async function chinaNotEasyCard() {
  await screen.findByText(/ of \d+ quotes$/)
  const item = quoteItems().find((li) =>
    li.querySelector('blockquote')?.textContent?.includes('China’s not easy.'),
  )
  if (!item) throw new Error('no card for China’s not easy.')
  return item
}

beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(10_000)
})
afterEach(() => vi.restoreAllMocks())

describe('quote wall: the year of a quote dated in another year', () => {
  it('says the year of a quote dated next year by mistake, not just "Sun 1 Mar"', async () => {
    // Test data: the quote dated 1 March 2026, nine months after the article's morning.
    serveChinaNotEasyAt('2026-03-01T12:00:00Z')
    visitInLondon()
    renderWithFeed(<QuoteWall />, { now: articleMoment })
    const card = await chinaNotEasyCard()
    expect(within(card).getByText(/ahead of now$/)).toBeInTheDocument()
    expect(card).toHaveTextContent('Sun 1 Mar 2026, ~12:00 GMT')
  })

  it('says the year of a quote from the last days of the year before', async () => {
    // Test data: the quote dated 31 December 2024, two days before a "now" of 2 January 2025.
    serveChinaNotEasyAt('2024-12-31T18:00:00Z')
    visitInLondon()
    renderWithFeed(<QuoteWall />, { now: Date.parse('2025-01-02T09:00:00Z') })
    const card = await chinaNotEasyCard()
    expect(card).toHaveTextContent('Tue 31 Dec 2024, ~18:00 GMT')
  })
})
