import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { server } from '../../../mocks/node'
import { QuoteWall } from '../../../src/features/quotes/quote-wall'
import { renderWithFeed } from '../../render'
import { serveFeed, threeRoundsFeed } from '../../feed/three-rounds-feed'
import { quoteCard, quoteItems, visitInLondon } from '../../page'

const undefinedId = 'test-undefined-topic'
const marked = `${undefinedId} (not defined by the feed)`

/** The three-round test feed (fictional) with the London remark on a topic its index lacks. */
async function openWall(search = '') {
  const feed = threeRoundsFeed()
  const { quotes } = feed['quotes.json'] as { quotes: Record<string, unknown>[] }
  quotes.find((q) => q.id === 'london-lead')!.topicIds = ['tariffs', undefinedId]
  visitInLondon(search)
  server.use(...serveFeed(feed))
  renderWithFeed(<QuoteWall />)
  await screen.findByText(/ of 3 quotes$/)
}

const shownIds = () => quoteItems().map((item) => item.dataset.quoteId)

beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(10_000)
})
afterEach(() => vi.restoreAllMocks())

describe('quote wall: a topic the feed does not define', () => {
  it('shows the id said to be undefined, beside the topics the feed names', async () => {
    await openWall()
    const card = quoteCard('london-lead')
    expect(within(card).getByText('Tariffs')).toBeInTheDocument()
    const badge = within(card).getByText(undefinedId).parentElement!
    expect(badge).toHaveTextContent(marked)
    expect(badge).toHaveAttribute(
      'title',
      `The feed names the topic "${undefinedId}", which its list of topics does not define`,
    )
    expect(quoteCard('geneva-lead')).not.toHaveTextContent(undefinedId)
  })

  it('is offered in the Topic filter by the same words, and filters like any topic', async () => {
    const user = userEvent.setup()
    await openWall()
    const topic = screen.getByLabelText('Topic')
    expect(
      within(topic)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['All topics', 'Tariffs', marked])
    await user.selectOptions(topic, marked)
    await waitFor(() => expect(shownIds()).toEqual(['london-lead']))
    expect(new URLSearchParams(window.location.search).get('topic')).toBe(undefinedId)
    expect(screen.getByRole('button', { name: `Follow the topic ${marked}` })).toBeInTheDocument()
  })

  it('is named the same way in its chip when the filters are folded', async () => {
    await openWall(`density=compact&topic=${undefinedId}`)
    await waitFor(() => expect(shownIds()).toEqual(['london-lead']))
    expect(
      screen.getByRole('button', { name: `Remove filter Topic: ${marked}` }),
    ).toBeInTheDocument()
  })
})
