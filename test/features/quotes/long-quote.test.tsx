import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import quotesDoc from '../../../mocks/fixtures/quotes.json'
import { server } from '../../../mocks/node'
import { QuoteWall } from '../../../src/features/quotes/quote-wall'
import { renderWithFeed } from '../../render'
import { quoteCard, visitInLondon } from '../../page'

const articleMoment = Date.parse('2025-06-10T09:15:00+01:00')

// Test data: a statement far longer than any remark in the demo, its last sentence unlike the rest.
const opening = 'We had a frank exchange on export licences and the timetable for relief. '
const statement = `${opening.repeat(8)}Soybean purchases will be reviewed in the autumn.`
const longId = quotesDoc.quotes[0]!.id

function open(search = '') {
  const quotes = quotesDoc.quotes.map((q) => (q.id === longId ? { ...q, text: statement } : q))
  server.use(http.get('*/demo-feed/quotes.json', () => HttpResponse.json({ quotes })))
  visitInLondon(search)
  return renderWithFeed(<QuoteWall />, { now: articleMoment })
}

const quoteText = () => within(quoteCard(longId)).getByRole('blockquote')

beforeEach(() => {
  // jsdom has no layout: give the list's scroller a height so the virtualizer renders rows.
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(10_000)
})
afterEach(() => {
  vi.restoreAllMocks()
})

describe('quote wall: a long quote', () => {
  it('shows its first lines and a button for the rest, which opens and closes it', async () => {
    const user = userEvent.setup()
    open()
    const more = await within(await waitFor(() => quoteCard(longId))).findByRole('button', {
      name: `Read the whole quote (${statement.length} characters)`,
    })
    expect(more).toHaveAttribute('aria-expanded', 'false')
    const shown = quoteText().textContent!
    expect(shown).toMatch(/^“We had a frank exchange [^”]*…”$/)
    expect(shown.length).toBeLessThan(300)
    expect(shown).not.toContain('Soybean')
    await user.click(more)
    expect(quoteText()).toHaveTextContent(`“${statement}”`)
    const less = within(quoteCard(longId)).getByRole('button', { name: 'Show less' })
    expect(less).toHaveAttribute('aria-expanded', 'true')
    await user.click(less)
    expect(quoteText()).not.toHaveTextContent('Soybean')
  })

  it('opens by itself when the search matches only in the part not shown, the match marked', async () => {
    open('q=soybean')
    await waitFor(() => expect(quoteText().querySelector('mark')).toHaveTextContent('Soybean'))
    expect(quoteText().querySelector('mark')).toBeVisible()
    expect(within(quoteCard(longId)).getByRole('button', { name: 'Show less' })).toBeVisible()
  })

  it('is printed whole, with no button on paper', async () => {
    open()
    await waitFor(() => expect(quoteText()).not.toHaveTextContent('Soybean'))
    act(() => {
      window.dispatchEvent(new Event('beforeprint'))
    })
    expect(quoteText()).toHaveTextContent(`“${statement}”`)
    act(() => {
      window.dispatchEvent(new Event('afterprint'))
    })
    expect(quoteText()).not.toHaveTextContent('Soybean')
  })

  it('leaves a quote of ordinary length whole, with no button', async () => {
    open()
    await waitFor(() => quoteCard(longId))
    const other = quoteCard(quotesDoc.quotes[1]!.id)
    expect(within(other).queryByRole('button', { name: /whole quote/ })).toBeNull()
    expect(within(other).getByRole('blockquote')).toHaveTextContent(
      `“${quotesDoc.quotes[1]!.text}”`,
    )
    expect(screen.getAllByRole('button', { name: /Read the whole quote/ })).toHaveLength(1)
  })
})
