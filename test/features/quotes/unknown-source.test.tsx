import { screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { server } from '../../../mocks/node'
import { QuoteWall } from '../../../src/features/quotes/quote-wall'
import { renderWithFeed } from '../../render'
import { serveFeed, threeRoundsFeed } from '../../feed/three-rounds-feed'
import { quoteCard, visitInLondon } from '../../page'

beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(10_000)
})
afterEach(() => vi.restoreAllMocks())

describe('quote wall: a source the feed does not list', () => {
  it('is named by its id and said to be missing from the feed, not dropped as if none were given', async () => {
    // Test data: the three-round test feed's New York remark credited to a source id it lacks.
    const feed = threeRoundsFeed()
    const { quotes } = feed['quotes.json'] as { quotes: Record<string, unknown>[] }
    const cnbc = quotes.find((q) => q.id === 'cnbc-new-york')!
    cnbc.sourceIds = ['test-bank-research']
    visitInLondon()
    server.use(...serveFeed(feed))
    renderWithFeed(<QuoteWall />)
    await screen.findByText(/ of 3 quotes$/)
    const card = quoteCard('cnbc-new-york')
    expect(card).toHaveTextContent('Source: test-bank-research (not among the feed’s sources)')
  })
})
