import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { server } from '../../mocks/node'
import { TalksStatusLine } from '../../src/app/talks-status-line'
import { calledOffFeed, calledOffNow } from '../feed/called-off-feed'
import { serveFeed } from '../feed/three-rounds-feed'
import { renderWithFeed } from '../render'

// Test data: the fictional Northport round (Day 1 held, Day 2 postponed, Day 3 cancelled).

async function statusLine(feed: Record<string, unknown>, now = calledOffNow) {
  server.use(...serveFeed(feed))
  renderWithFeed(<TalksStatusLine />, { now })
  return screen.findByText(/Day 2/)
}

describe('the header on a round with sessions postponed and cancelled', () => {
  it('at Day 3’s planned time: says what became of them, not "in session"', async () => {
    const line = await statusLine(calledOffFeed())
    expect(line).toHaveTextContent('↷ Day 2 postponed, new date not announced; Day 3 cancelled')
    expect(line).not.toHaveTextContent(/in session/i)
  })

  it('the evening before: no countdown to the cancelled Day 3', async () => {
    const line = await statusLine(calledOffFeed(), Date.parse('2025-09-16T18:00:00+01:00'))
    expect(line).toHaveTextContent('Day 2 postponed, new date not announced; Day 3 cancelled')
    expect(line).not.toHaveTextContent(/starts/)
  })

  it('with Day 2’s new date and a Day 4 to come: the news, then the countdown to Day 4', async () => {
    const line = await statusLine(calledOffFeed({ withNextSession: true }))
    expect(line).toHaveTextContent(
      '◷ Day 2 postponed to 19 Sept (10:00 Northport); Day 3 cancelled; next: Day 4 starts in 22 h (10:00 Northport)',
    )
  })

  it('across rounds: names the sessions with their round, and what comes next', async () => {
    const feed = calledOffFeed()
    const index = feed['index.json'] as { rounds: Record<string, unknown>[] }
    const rounds = [
      ...index.rounds,
      {
        id: 'eastport-2025-11',
        name: 'Eastport round',
        location: 'Eastport',
        venue: null,
        timeZone: 'Europe/London',
        start: '2025-11-03T10:00:00Z',
      },
    ]
    const line = await statusLine({ ...feed, 'index.json': { ...index, rounds } })
    expect(line).toHaveTextContent(
      '↷ Northport, Day 2 postponed, new date not announced; Northport, Day 3 cancelled; next: Eastport round from 3 Nov',
    )
  })
})
