import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { server } from '../../../mocks/node'
import { QuoteWall } from '../../../src/features/quotes/quote-wall'
import { renderWithFeed } from '../../render'
import { serveFeed, threeRoundsFeed } from '../../feed/three-rounds-feed'
import { visitInLondon } from '../../page'
import { capturedDownloads, csvRecords } from '../../downloads'

beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(10_000)
})
afterEach(() => vi.restoreAllMocks())

/** Direction controls the page sets around right-to-left text: no business in a spreadsheet cell. */
const directionControls = /[\u2066-\u2069]/

describe('quote wall CSV: right-to-left topics and sources beside others', () => {
  it('writes each name as the feed gives it, with no invisible direction marks inside the cell', async () => {
    // Test data: the three-round test feed with an Arabic topic and an Arabic source added to its
    // New York quote, beside its English ones.
    const feed = threeRoundsFeed()
    const index = feed['index.json'] as {
      topics: { id: string; label: string }[]
      sources: { id: string; name: string }[]
    }
    index.topics.push({ id: 'customs-duties', label: 'الرسوم الجمركية' })
    index.sources.push({ id: 'arabic-daily', name: 'صحيفة الاختبار' })
    const { quotes } = feed['quotes.json'] as { quotes: Record<string, unknown>[] }
    const quote = quotes.find((q) => q.id === 'cnbc-new-york')!
    quote.topicIds = ['customs-duties', 'tariffs']
    quote.sourceIds = ['arabic-daily', 'test-source']
    const files = capturedDownloads()
    const user = userEvent.setup()
    visitInLondon()
    server.use(...serveFeed(feed))
    renderWithFeed(<QuoteWall />)
    await screen.findByText('3 of 3 quotes')
    await user.click(screen.getByRole('button', { name: 'Download the 3 quotes shown as CSV' }))
    await waitFor(() => expect(files).toHaveLength(1))
    const row = (await csvRecords(files[0]!.blob)).find((r) => r.id === 'cnbc-new-york')!
    expect(row.topics).toBe('الرسوم الجمركية; Tariffs')
    expect(row.sources).toBe('صحيفة الاختبار; Test source (fictional)')
    expect(Object.values(row).filter((cell) => directionControls.test(cell ?? ''))).toEqual([])
  })
})
