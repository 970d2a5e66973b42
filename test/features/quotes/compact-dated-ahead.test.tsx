import { screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { server } from '../../../mocks/node'
import { QuoteWall } from '../../../src/features/quotes/quote-wall'
import { renderWithFeed } from '../../render'
import { serveFeed, threeRoundsFeed } from '../../feed/three-rounds-feed'
import { quoteCard, visitInLondon } from '../../page'

// During Stockholm Day 2 of the three-round test feed (fictional); its CNBC quote was an hour before.
const now = Date.parse('2025-07-29T13:00:00Z')

/** The test feed with one more fictional remark, dated 29 min after `now` (scheduled, or a skew). */
function feedWithQuoteAhead() {
  const feed = threeRoundsFeed()
  const { quotes } = feed['quotes.json'] as { quotes: Record<string, unknown>[] }
  quotes.push({
    ...quotes.find((q) => q.id === 'cnbc-new-york')!,
    id: 'dated-ahead',
    saidAt: '2025-07-29T13:29:30Z',
    text: 'A test remark dated after now (fictional).',
  })
  return feed
}

/** A compact row's one line: the quote whole in its tooltip, after the speaker's name. */
const oneLine = (id: string) => within(quoteCard(id)).getByTitle(/^Avery Test: /)

beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(10_000)
})
afterEach(() => vi.restoreAllMocks())

describe('compact quote wall: a quote dated after now', () => {
  it('is marked in its one-line row, named in full for screen readers and in the tooltip', async () => {
    visitInLondon('density=compact')
    server.use(...serveFeed(feedWithQuoteAhead()))
    renderWithFeed(<QuoteWall />, { now })
    await screen.findByText('4 of 4 quotes')
    const line = oneLine('dated-ahead')
    expect(line).toHaveTextContent(/⚠ ahead\s*dated 29 min ahead of now/)
    const mark = within(line).getByText('dated 29 min ahead of now').parentElement!
    expect(mark).toHaveAttribute('title', expect.stringMatching(/^Dated 29 min ahead of now\. /))
    expect(mark).toHaveAttribute('title', expect.stringMatching(/clock mistake/))
    expect(oneLine('cnbc-new-york')).not.toHaveTextContent(/ahead/)
  })
})
