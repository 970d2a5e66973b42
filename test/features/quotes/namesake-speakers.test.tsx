import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { server } from '../../../mocks/node'
import { QuoteWall } from '../../../src/features/quotes/quote-wall'
import { renderWithFeed } from '../../render'
import { serveFeed, threeRoundsFeed } from '../../feed/three-rounds-feed'
import { quoteItems, visitInLondon } from '../../page'

type Doc = Record<string, unknown[]>

const person = (id: string, name: string, partyId: string, organisation: string) => ({
  id,
  name,
  kind: 'person',
  role: 'Test delegate',
  organisation,
  partyId,
})

/**
 * The three-round test feed (fictional) with two parties more, West and East, and namesakes who
 * each made a remark: two Priya Mehtas of different parties, two Sam Lees of one party.
 */
function feedWithNamesakes() {
  const feed = threeRoundsFeed()
  const index = feed['index.json'] as Doc
  index.parties!.push(
    { id: 'west', name: 'Test West', shortName: 'West', kind: 'government' },
    { id: 'east', name: 'Test East', shortName: 'East', kind: 'government' },
  )
  index.people!.push(
    person('priya-west', 'Priya Mehta', 'west', 'Test Trade Ministry'),
    person('priya-east', 'Priya Mehta', 'east', 'Test Trade Ministry'),
    person('sam-trade', 'Sam Lee', 'west', 'Test Trade Office'),
    person('sam-press', 'Sam Lee', 'west', 'Test Press Office'),
  )
  const { quotes } = feed['quotes.json'] as { quotes: Record<string, unknown>[] }
  const cnbc = quotes.find((q) => q.id === 'cnbc-new-york')!
  for (const id of ['priya-west', 'priya-east', 'sam-trade', 'sam-press'])
    quotes.push({ ...cnbc, id: `remark-${id}`, personId: id, text: `A test remark by ${id}.` })
  return feed
}

async function openWall(search = '') {
  visitInLondon(search)
  server.use(...serveFeed(feedWithNamesakes()))
  renderWithFeed(<QuoteWall />)
  expect(await screen.findByText(/ of 7 quotes$/)).toBeInTheDocument()
}

beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(10_000)
})
afterEach(() => vi.restoreAllMocks())

describe('quote wall: speakers who share a name', () => {
  it('tells them apart in the Speaker filter by party, or where that is shared by organisation', async () => {
    const user = userEvent.setup()
    await openWall()
    const speaker = screen.getByLabelText('Speaker')
    expect(
      within(speaker)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([
      'Everyone',
      'Avery Test',
      'Bo Test',
      'Priya Mehta (West)',
      'Priya Mehta (East)',
      'Sam Lee (West, Test Trade Office)',
      'Sam Lee (West, Test Press Office)',
    ])
    await user.selectOptions(speaker, 'Priya Mehta (East)')
    await waitFor(() =>
      expect(quoteItems().map((item) => item.dataset.quoteId)).toEqual(['remark-priya-east']),
    )
  })

  it('names the one filtered on the same way in its chip', async () => {
    await openWall('density=compact&speaker=priya-west')
    expect(
      screen.getByRole('button', { name: 'Remove filter Speaker: Priya Mehta (West)' }),
    ).toBeInTheDocument()
  })
})
