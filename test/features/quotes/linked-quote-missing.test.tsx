import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import quotesDoc from '../../../mocks/fixtures/quotes.json'
import { server } from '../../../mocks/node'
import { QuoteWall } from '../../../src/features/quotes/quote-wall'
import { renderWithFeed } from '../../render'
import { visitInLondon } from '../../page'

// A quote's own link (its Link button, the CSV's link column, a copied quote) names it by id: once
// the feed no longer has that quote, the wall said nothing and the reader looked for it in vain.
const articleMoment = Date.parse('2025-06-10T09:15:00+01:00')
const total = quotesDoc.quotes.length

function open(search: string) {
  visitInLondon(search)
  return renderWithFeed(<QuoteWall />, { now: articleMoment })
}

beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(10_000)
})
afterEach(() => vi.restoreAllMocks())

describe('a link to a quote the feed does not have', () => {
  it('says so, with a Clear that leaves the other filters', async () => {
    const user = userEvent.setup()
    open('quote=withdrawn-quote&side=us')
    const note = await screen.findByText('The linked quote “withdrawn-quote” is not in the feed.', {
      exact: false,
    })
    await user.click(screen.getByRole('button', { name: 'Clear the link to the quote' }))
    await waitFor(() => expect(note).not.toBeInTheDocument())
    const params = new URLSearchParams(window.location.search)
    expect(params.has('quote')).toBe(false)
    expect(params.get('side')).toBe('us')
    // The button went with the note: the focus is on the search, not lost to the page.
    expect(screen.getByRole('searchbox', { name: 'Search quotes' })).toHaveFocus()
  })

  it('says nothing of a quote the wall has', async () => {
    open(`quote=${quotesDoc.quotes[0]!.id}`)
    expect(await screen.findByText(`${total} of ${total} quotes`)).toBeInTheDocument()
    expect(screen.queryByText(/The linked quote .* not/)).toBeNull()
  })

  it('does not call it absent when some quotes could not be read', async () => {
    const quotes = [...quotesDoc.quotes, { id: 'withdrawn-quote', text: 42 }]
    server.use(http.get('*/demo-feed/quotes.json', () => HttpResponse.json({ quotes })))
    open('quote=withdrawn-quote')
    expect(
      await screen.findByText(
        'The linked quote “withdrawn-quote” is not among the quotes that could be read.',
        { exact: false },
      ),
    ).toBeInTheDocument()
    expect(screen.queryByText(/is not in the feed/)).toBeNull()
  })
})
