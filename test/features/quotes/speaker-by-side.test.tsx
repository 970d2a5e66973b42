import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { server } from '../../../mocks/node'
import { QuoteWall } from '../../../src/features/quotes/quote-wall'
import { renderWithFeed } from '../../render'
import { serveFeed, threeRoundsFeed } from '../../feed/three-rounds-feed'
import { quoteItems, visitInLondon } from '../../page'

/**
 * The three-round test feed (fictional: US speaker Avery Test, China's Bo Test) with one more US
 * speaker, Dana Deputy, who made a remark too.
 */
async function openWall(search = '') {
  const feed = threeRoundsFeed()
  const index = feed['index.json'] as { people: Record<string, unknown>[] }
  index.people.push({ ...index.people[0], id: 'us-deputy', name: 'Dana Deputy' })
  const { quotes } = feed['quotes.json'] as { quotes: Record<string, unknown>[] }
  quotes.push({ ...quotes[0], id: 'deputy-remark', personId: 'us-deputy', text: 'A test remark.' })
  visitInLondon(search)
  server.use(...serveFeed(feed))
  renderWithFeed(<QuoteWall />)
  await screen.findByText(/ of 4 quotes$/)
}

const params = () => new URLSearchParams(window.location.search)
const shownIds = () => quoteItems().map((item) => item.dataset.quoteId)
const speakerChoices = () =>
  within(screen.getByLabelText('Speaker'))
    .getAllByRole('option')
    .map((option) => option.textContent)

beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(10_000)
})
afterEach(() => vi.restoreAllMocks())

describe('quote wall: the Speaker filter under a chosen side', () => {
  it('offers only the speakers of the side chosen, and says how many others it leaves out', async () => {
    const user = userEvent.setup()
    await openWall()
    expect(speakerChoices()).toEqual(['Everyone', 'Avery Test', 'Bo Test', 'Dana Deputy'])
    await user.selectOptions(screen.getByLabelText('Side'), 'China')
    expect(speakerChoices()).toEqual([
      'Everyone',
      'Bo Test',
      '2 speakers of other sides not listed',
    ])
    await user.selectOptions(screen.getByLabelText('Side'), 'US')
    expect(speakerChoices()).toEqual([
      'Everyone',
      'Avery Test',
      'Dana Deputy',
      '1 speaker of other sides not listed',
    ])
  })

  it('lets go of a speaker of another side when a side is chosen, as a round does of a session', async () => {
    const user = userEvent.setup()
    await openWall()
    await user.selectOptions(screen.getByLabelText('Speaker'), 'Bo Test')
    await waitFor(() => expect(shownIds()).toEqual(['london-lead']))
    await user.selectOptions(screen.getByLabelText('Side'), 'US')
    await waitFor(() => expect(shownIds()).toHaveLength(3))
    expect(params().get('side')).toBe('us')
    expect(params().has('speaker')).toBe(false)
    expect(screen.getByLabelText('Speaker')).toHaveValue('')
  })

  it('keeps a speaker of another side that a link pairs with the side, by name, to be cleared', async () => {
    const user = userEvent.setup()
    await openWall('side=us&speaker=cn-lead')
    const speaker = screen.getByLabelText('Speaker')
    expect(speaker).toHaveValue('cn-lead')
    expect(speakerChoices()).toEqual(['Everyone', 'Avery Test', 'Bo Test', 'Dana Deputy'])
    await user.selectOptions(speaker, 'Everyone')
    await waitFor(() => expect(shownIds()).toHaveLength(3))
    expect(speakerChoices()).not.toContain('Bo Test')
  })
})
