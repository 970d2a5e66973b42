import { screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { server } from '../../../mocks/node'
import { scenarioHandlers } from '../../../mocks/scenarios'
import { QuoteWall } from '../../../src/features/quotes/quote-wall'
import { renderWithFeed } from '../../render'
import { serveFeed, threeRoundsFeed } from '../../feed/three-rounds-feed'

const articleMoment = Date.parse('2025-06-10T09:15:00+01:00')

beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(10_000)
  vi.spyOn(console, 'warn').mockImplementation(() => {})
})
afterEach(() => vi.restoreAllMocks())

describe('quote wall: silence only from quotes that could all be read', () => {
  it('with a quote that could not be read, a lead with no quote is not said to have made no remarks', async () => {
    window.history.replaceState(null, '', '/?tz=Europe/London')
    server.use(...scenarioHandlers('one-invalid'))
    renderWithFeed(<QuoteWall />, { now: articleMoment })
    const silent = await screen.findByRole('list', {
      name: 'Delegation leads with no public remarks',
    })
    expect(within(silent).getByRole('listitem')).toHaveTextContent(
      'He Lifeng, Vice Premier: no public remarks among the quotes that could be read',
    )
  })

  it('with the quotes failing, says nothing of anyone’s silence', async () => {
    window.history.replaceState(null, '', '/?tz=Europe/London')
    server.use(...scenarioHandlers('not-found'))
    renderWithFeed(<QuoteWall />, { now: articleMoment })
    expect(await screen.findByRole('alert')).toBeInTheDocument()
    expect(screen.queryByText(/no public remarks/)).not.toBeInTheDocument()
    expect(screen.queryByText(/no quotes/i)).not.toBeInTheDocument()
  })

  it('lists the sessions a silent lead led by round and day, set apart so that “London, Day 1” reads as one', async () => {
    // Replayed before London Day 2 began: that session is scheduled, so it is known.
    window.history.replaceState(null, '', '/?tz=Europe/London&asof=2025-06-09T15:00:00Z')
    server.use(...serveFeed(threeRoundsFeed()))
    renderWithFeed(<QuoteWall />)
    const silent = await screen.findByRole('list', {
      name: 'Delegation leads with no public remarks',
    })
    expect(within(silent).getByRole('listitem')).toHaveTextContent(
      '(leads the delegation: Geneva, Day 1; Geneva, Day 2; London, Day 1; London, Day 2)',
    )
  })
})
