import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { MarketsPanel } from '../../../src/features/markets/markets-panel'
import { server } from '../../../mocks/node'
import marketsFixture from '../../../mocks/fixtures/markets.json'
import { renderWithFeed } from '../../render'
import { serveFeed, threeRoundsFeed } from '../../feed/three-rounds-feed'

// A replay names only the rounds known at its moment (the header says the later ones are held
// back); the markets' time window offered every round of the feed, the Stockholm round in a replay
// of 20 June included, a month before anyone had announced it.

function openReplay(asOf: string) {
  // The three-round test feed (fictional, rounds with neither `start` nor `announcedAt`), with the
  // demo's instruments so the panel draws charts and offers its windows.
  server.use(...serveFeed({ ...threeRoundsFeed(), 'markets.json': marketsFixture }))
  window.history.replaceState(null, '', `/?asof=${asOf}&tz=UTC`)
  renderWithFeed(<MarketsPanel />, { now: Date.parse('2025-07-30T12:00:00Z') })
}

const offered = async () => {
  const select = await screen.findByRole('combobox', { name: /Time window/ })
  return within(select)
    .getAllByRole('option')
    .map((option) => option.textContent)
}

describe('time window choices in a replay', () => {
  it('offers the rounds known at the moment, not a round announced after it', async () => {
    openReplay('2025-06-20T12:00:00Z')
    await screen.findByRole('article', { name: 'S&P 500' })
    const options = await offered()
    expect(options).toEqual(expect.arrayContaining(['Geneva round', 'London round']))
    expect(options).not.toContain('Stockholm round')
  })

  it('offers the later round once its first session has begun', async () => {
    openReplay('2025-07-28T12:00:00Z')
    await screen.findByRole('article', { name: 'S&P 500' })
    await within(await screen.findByRole('combobox', { name: /Time window/ })).findByRole(
      'option',
      { name: 'Stockholm round' },
    )
  })
})
