import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { server } from '../../../mocks/node'
import { QuoteWall } from '../../../src/features/quotes/quote-wall'
import { ChromeFromUrl } from '../../../src/app/chrome-from-url'
import { renderWithFeed } from '../../render'
import { serveFeed, threeRoundsFeed } from '../../feed/three-rounds-feed'
import { quoteItems, visitInLondon } from '../../page'

const articleMoment = Date.parse('2025-06-10T09:15:00+01:00')
const params = () => new URLSearchParams(window.location.search)
const shownIds = () => quoteItems().map((item) => item.dataset.quoteId)
const optionLabels = (select: HTMLElement) =>
  within(select)
    .getAllByRole('option')
    .map((option) => option.textContent)

/** The test feed of three rounds, one quote in each (fictional). */
async function openThreeRounds(search = '') {
  visitInLondon(search)
  server.use(...serveFeed(threeRoundsFeed()))
  renderWithFeed(<QuoteWall />)
  expect(await screen.findByText(/ of 3 quotes$/)).toBeInTheDocument()
}

beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(10_000)
})
afterEach(() => vi.restoreAllMocks())

describe('quote wall: the round filter', () => {
  it('offers the rounds in time order, keeps one chosen in the URL, and offers only its sessions', async () => {
    const user = userEvent.setup()
    await openThreeRounds()
    const round = screen.getByLabelText('Round')
    expect(optionLabels(round)).toEqual([
      'All rounds',
      'Geneva round',
      'London round',
      'Stockholm round',
    ])
    await user.selectOptions(round, 'London round')
    expect(shownIds()).toEqual(['london-lead'])
    expect(screen.getByText('1 of 3 quotes')).toBeInTheDocument()
    expect(params().get('round')).toBe('london-2025-06')
    expect(optionLabels(screen.getByLabelText('Session'))).toEqual([
      'All sessions',
      'London, Day 1',
      'London, Day 2',
    ])
    await user.selectOptions(round, 'All rounds')
    expect(shownIds()).toHaveLength(3)
    expect(params().has('round')).toBe(false)
  })

  it('drops a selected session of another round when a round is chosen', async () => {
    const user = userEvent.setup()
    await openThreeRounds('session=stockholm-day-1')
    await waitFor(() => expect(shownIds()).toEqual(['cnbc-new-york']))
    await user.selectOptions(screen.getByLabelText('Round'), 'London round')
    await waitFor(() => expect(shownIds()).toEqual(['london-lead']))
    expect(params().has('session')).toBe(false)
  })

  it('opens from a link, named as a chip when the filters are folded', async () => {
    await openThreeRounds('round=geneva-2025-05&density=compact')
    expect(shownIds()).toEqual(['geneva-lead'])
    expect(
      screen.getByRole('button', { name: 'Remove filter Round: Geneva round' }),
    ).toBeInTheDocument()
  })

  it('dates each one-line row of a compact wall whose quotes are of other days', async () => {
    await openThreeRounds('density=compact')
    const times = quoteItems().map((item) => item.querySelector('p time'))
    // On the real clock, months after the talks: dates, not three bare clock times.
    expect(times.map((time) => time?.textContent)).toEqual([
      '29 Jul 2025',
      '10 Jun 2025',
      '10 May 2025',
    ])
    expect(times[0]).toHaveAttribute('title', 'Tue 29 Jul 2025, 13:00 BST')
  })

  it('says which filters are in force when the page shows no filter bar (an embed)', async () => {
    visitInLondon('view=quotes&filters=0&round=london-2025-06')
    server.use(...serveFeed(threeRoundsFeed()))
    renderWithFeed(
      <ChromeFromUrl>
        <QuoteWall />
      </ChromeFromUrl>,
    )
    expect(await screen.findByText('1 of 3 quotes: the London round')).toBeInTheDocument()
    expect(screen.queryByLabelText('Round')).not.toBeInTheDocument()
  })

  it('names the round in words when nothing matches', async () => {
    await openThreeRounds('round=geneva-2025-05&side=cn')
    expect(screen.getByText(/^No quote matches/)).toHaveTextContent(
      'No quote matches side China, the Geneva round.',
    )
  })

  it('is not offered for a feed of one round', async () => {
    visitInLondon()
    renderWithFeed(<QuoteWall />, { now: articleMoment })
    expect(await screen.findByLabelText('Session')).toBeInTheDocument()
    expect(screen.queryByLabelText('Round')).not.toBeInTheDocument()
  })
})
