import { within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { server } from '../../../mocks/node'
import { TimelinePanel } from '../../../src/features/timeline/timeline-panel'
import { maxMarkersInRow } from '../../../src/features/timeline/timeline-model'
import { renderWithFeed } from '../../render'
import { serveFeed, threeRoundsFeed } from '../../feed/three-rounds-feed'
import { timelineList, visitInLondon } from '../../page'

// During Stockholm Day 2 of the test feed (fictional); its CNBC quote was an hour before.
const now = Date.parse('2025-07-29T13:00:00Z')

/** The three-round test feed with `count` more fictional quotes, a minute apart from 29½ min after `now`. */
function feedWithQuotesAhead(count: number) {
  const feed = threeRoundsFeed()
  const { quotes } = feed['quotes.json'] as { quotes: Record<string, unknown>[] }
  const cnbc = quotes.find((q) => q.id === 'cnbc-new-york')!
  for (let i = 0; i < count; i++)
    quotes.push({
      ...cnbc,
      id: `dated-ahead-${i}`,
      saidAt: new Date(Date.parse('2025-07-29T13:29:30Z') + i * 60_000).toISOString(),
      text: `Test remark ${i + 1}, dated after now (fictional).`,
      setting: 'To reporters',
      place: null,
      location: undefined,
    })
  return feed
}

async function openTimeline(quotesAhead: number) {
  visitInLondon()
  server.use(...serveFeed(feedWithQuotesAhead(quotesAhead)))
  renderWithFeed(<TimelinePanel />, { now })
  const list = await timelineList()
  return (key: string) => list.querySelector<HTMLElement>(`[data-roving-id="${key}"]`)!
}

describe('timeline: a quote dated after now', () => {
  it('says so in the quote wall’s words, and says nothing of a quote dated before now', async () => {
    const entry = await openTimeline(1)
    const warning = within(entry('quotes:dated-ahead-0')).getByText(/ahead of now$/)
    expect(warning).toHaveTextContent(/^dated 29 min ahead of now$/)
    expect(warning).toHaveAttribute('title', expect.stringMatching(/clock mistake/))
    expect(within(entry('quotes:cnbc-new-york')).queryByText(/ahead of now/)).toBeNull()
  })

  it('says how far ahead the last is, where many such quotes are folded into one run', async () => {
    const count = maxMarkersInRow + 1
    const entry = await openTimeline(count)
    expect(within(entry('quote-run:dated-ahead-0')).getByText(/ahead of now$/)).toHaveTextContent(
      /^last dated 35 min ahead of now$/,
    )
  })
})
