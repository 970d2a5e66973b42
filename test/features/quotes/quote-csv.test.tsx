import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import quotesDoc from '../../../mocks/fixtures/quotes.json'
import { server } from '../../../mocks/node'
import { QuoteWall } from '../../../src/features/quotes/quote-wall'
import { renderWithFeed } from '../../render'
import { serveFeed, threeRoundsFeed } from '../../feed/three-rounds-feed'
import { quoteItems, visitInLondon } from '../../page'
import { capturedDownloads, csvRecords as records } from '../../downloads'

const articleMoment = Date.parse('2025-06-10T09:15:00+01:00')

beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(10_000)
})
afterEach(() => vi.restoreAllMocks())

describe('quote wall: the quotes shown, as CSV', () => {
  it('holds the rows the filters leave, in the wall’s order, named with their round and session', async () => {
    const files = capturedDownloads()
    const user = userEvent.setup()
    visitInLondon('sort=oldest')
    server.use(...serveFeed(threeRoundsFeed()))
    renderWithFeed(<QuoteWall />)
    await screen.findByText('3 of 3 quotes')
    await user.click(screen.getByRole('button', { name: 'Download the 3 quotes shown as CSV' }))
    await waitFor(() => expect(files.map((f) => f.name)).toEqual(['quote-wall.csv']))
    const all = await records(files[0]!.blob)
    expect(all.map((r) => r.id)).toEqual(quoteItems().map((item) => item.dataset.quoteId))
    expect(all.map((r) => r.id)).toEqual(['geneva-lead', 'london-lead', 'cnbc-new-york'])
    expect(all[1]).toMatchObject({
      said_at_utc: '2025-06-10T20:00:00.000Z',
      time: 'as reported',
      round: 'London round',
      session: 'London, Day 2',
      text: 'A test remark in London.',
      place: 'Test House, London',
    })
    expect(new URL(all[1]!.link!).searchParams.get('quote')).toBe('london-lead')

    await user.selectOptions(screen.getByLabelText('Round'), 'Stockholm round')
    await screen.findByText('1 of 3 quotes')
    await user.click(screen.getByRole('button', { name: 'Download the quote shown as CSV' }))
    await waitFor(() => expect(files).toHaveLength(2))
    expect((await records(files[1]!.blob)).map((r) => r.id)).toEqual(['cnbc-new-york'])
  })

  it('calls a desk feed’s estimated time estimated, not illustrative (that is the demo’s word)', async () => {
    const files = capturedDownloads()
    const user = userEvent.setup()
    visitInLondon('sort=oldest')
    const feed = threeRoundsFeed()
    const { quotes } = feed['quotes.json'] as { quotes: { saidAtPrecision: string }[] }
    quotes[0]!.saidAtPrecision = 'approximate'
    server.use(...serveFeed(feed))
    renderWithFeed(<QuoteWall />)
    await screen.findByText('3 of 3 quotes')
    await user.click(screen.getByRole('button', { name: 'Download the 3 quotes shown as CSV' }))
    await waitFor(() => expect(files).toHaveLength(1))
    const rows = await records(files[0]!.blob)
    expect(rows.map((r) => r.time)).toEqual(['estimated', 'as reported', 'as reported'])
  })

  it('says of the demo’s times that they are estimated, and is not offered when no quote is shown', async () => {
    const files = capturedDownloads()
    const user = userEvent.setup()
    visitInLondon()
    renderWithFeed(<QuoteWall />, { now: articleMoment })
    const total = quotesDoc.quotes.length
    await screen.findByText(`${total} of ${total} quotes`)
    await user.click(
      screen.getByRole('button', { name: `Download the ${total} quotes shown as CSV` }),
    )
    await waitFor(() => expect(files).toHaveLength(1))
    const rows = await records(files[0]!.blob)
    expect(rows).toHaveLength(total)
    expect(new Set(rows.map((r) => r.time))).toEqual(new Set(['estimated (illustrative)']))
    const trump = rows.find((r) => r.text === 'China’s not easy.')
    expect(trump).toMatchObject({ speaker: 'Donald Trump', side: 'United States' })

    await user.type(screen.getByRole('searchbox', { name: 'Search quotes' }), 'xyzzy')
    const wall = screen.getByRole('region', { name: 'Quote wall' })
    await within(wall).findByText(`0 of ${total} quotes`)
    expect(within(wall).queryByRole('button', { name: /as CSV$/ })).toBeNull()
  })
})
