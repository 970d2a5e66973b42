import { screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { server } from '../../../mocks/node'
import { QuoteWall } from '../../../src/features/quotes/quote-wall'
import { renderWithFeed } from '../../render'
import { serveFeed, threeRoundsFeed } from '../../feed/three-rounds-feed'
import { visitInLondon } from '../../page'

/** The three-round test feed (fictional), opened from a link with `search`. */
async function openWall(search: string) {
  visitInLondon(search)
  server.use(...serveFeed(threeRoundsFeed()))
  renderWithFeed(<QuoteWall />)
  await screen.findByText(/ of \d+ quotes$/)
}

const chosen = (label: string) =>
  within(screen.getByLabelText(label)).getByRole<HTMLOptionElement>('option', { selected: true })
    .textContent

beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(10_000)
})
afterEach(() => vi.restoreAllMocks())

describe('quote wall: filter values a link gives', () => {
  it('a session of another round than the one chosen is named, not shown by its id', async () => {
    await openWall('round=stockholm-2025-07&session=geneva-day-2')
    expect(chosen('Session')).toBe('Geneva, Day 2')
  })

  it('a speaker or session the feed does not hold is shown by its id and said to be missing', async () => {
    await openWall('speaker=someone-gone&session=session-gone')
    expect(chosen('Speaker')).toBe('someone-gone (not in the feed)')
    expect(chosen('Session')).toBe('session-gone (not in the feed)')
  })
})
