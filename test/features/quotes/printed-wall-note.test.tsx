import { act, screen } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import quotesDoc from '../../../mocks/fixtures/quotes.json'
import { server } from '../../../mocks/node'
import { QuoteWall } from '../../../src/features/quotes/quote-wall'
import { renderWithFeed } from '../../render'
import { quoteItems, visitInLondon } from '../../page'

// A 20,000-quote wall printed its first 500 and said so only after them, some fifty pages on:
// under "20,000 of 20,000 quotes" a reader took the pages for the whole wall.
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(10_000)
})
afterEach(() => vi.restoreAllMocks())

/** The demo's first quote 600 times, a minute apart (test data). */
function serveRemarks(count: number) {
  const base = quotesDoc.quotes[0]!
  const quotes = Array.from({ length: count }, (_, i) => ({
    ...base,
    id: `q-${i}`,
    text: `Remark number ${i}`,
    saidAt: new Date(Date.parse('2025-06-09T00:00:00Z') + i * 60_000).toISOString(),
  }))
  server.use(http.get('*/demo-feed/quotes.json', () => HttpResponse.json({ quotes })))
}

const before = (a: Node, b: Node) =>
  Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING)

it('a printed wall longer than 500 quotes says how much is printed above them, and where they stop', async () => {
  serveRemarks(600)
  visitInLondon()
  renderWithFeed(<QuoteWall />, { now: Date.parse('2025-06-10T09:15:00+01:00') })
  expect(await screen.findByText('600 of 600 quotes')).toBeInTheDocument()
  act(() => {
    window.dispatchEvent(new Event('beforeprint'))
  })
  const rows = quoteItems()
  expect(rows).toHaveLength(500)
  const start = screen.getByText('Printed: the first 500 of 600 quotes.')
  expect(before(start, rows[0]!)).toBe(true)
  const end = screen.getByText('The other 100 quotes are not printed.')
  expect(before(rows.at(-1)!, end)).toBe(true)
  act(() => {
    window.dispatchEvent(new Event('afterprint'))
  })
})
