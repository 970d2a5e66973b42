import { describe, expect, it } from 'vitest'
import { server } from '../../../mocks/node'
import { documentSchemas } from '../../../src/feed/schemas/documents'
import { describeTalks } from '../../../src/features/timeline/talks-across-rounds'
import { TimelinePanel } from '../../../src/features/timeline/timeline-panel'
import { serveFeed, threeRoundsFeed } from '../../feed/three-rounds-feed'
import { timelineList, visitInLondon } from '../../page'
import { renderWithFeed } from '../../render'

// Test data: the three-rounds feed with London's Day 3 put off but left listed as scheduled (a
// feed that never set "postponed", as the contract has allowed since 1.2: docs/feed.md; listed
// first, as a feed may), and Stockholm's Day 2 under way with no end yet.
function deskFeed({ stockholmRunning = true } = {}): Record<string, unknown> {
  const feed = threeRoundsFeed()
  const { sessions } = feed['sessions.json'] as { sessions: Record<string, unknown>[] }
  const putOff = {
    ...sessions.find((s) => s.id === 'london-day-2'),
    id: 'london-day-3',
    title: 'Day 3 (put off)',
    start: '2025-06-11T10:00:00+01:00',
    end: null,
    status: 'scheduled',
  }
  const running = sessions.map((s) =>
    s.id === 'stockholm-day-2' && stockholmRunning ? { ...s, status: 'in-session', end: null } : s,
  )
  return { ...feed, 'sessions.json': { sessions: [putOff, ...running] } }
}

const stockholmDay2Hour = Date.parse('2025-07-29T11:00:00+02:00')

describe('the session in session, with a weeks-old scheduled session left in the feed', () => {
  it('the now line names the session the feed says is running, not the stale schedule', async () => {
    visitInLondon()
    server.use(...serveFeed(deskFeed()))
    renderWithFeed(<TimelinePanel />, { now: stockholmDay2Hour })
    const list = await timelineList()
    const nowLine = list.querySelector('[data-now-line]')
    expect(nowLine).toHaveTextContent('Stockholm, Day 2 in session for 1 h')
    expect(nowLine).not.toHaveTextContent('Day 3 (put off)')
  })

  it('the line on where the talks stand does too', () => {
    const feed = deskFeed()
    const index = documentSchemas.index.parse(feed['index.json'])
    const { sessions } = documentSchemas.sessions.parse(feed['sessions.json'])
    expect(describeTalks(index.rounds, sessions, stockholmDay2Hour).text).toBe(
      'Stockholm, Day 2 in session since 10:00 Stockholm (1 h)',
    )
  })

  it('a session running by its schedule for weeks gives its start date, not a clock read as today', () => {
    const feed = deskFeed({ stockholmRunning: false })
    const index = documentSchemas.index.parse(feed['index.json'])
    const { sessions } = documentSchemas.sessions.parse(feed['sessions.json'])
    const beforeStockholm = Date.parse('2025-07-20T12:00:00+01:00')
    expect(describeTalks(index.rounds, sessions, beforeStockholm).text).toBe(
      'London, Day 3 (put off) in session since 11 Jun, 10:00 London (39 d 2 h; by its schedule; the feed has not said it began)',
    )
  })

  it('a session the feed never ended says so a day on, as with one round', () => {
    const feed = deskFeed()
    const index = documentSchemas.index.parse(feed['index.json'])
    const { sessions } = documentSchemas.sessions.parse(feed['sessions.json'])
    const twoDaysOn = Date.parse('2025-07-31T11:00:00+02:00')
    expect(describeTalks(index.rounds, sessions, twoDaysOn).text).toBe(
      'Stockholm, Day 2 in session since Tue 10:00 Stockholm (2 d 1 h; the feed gives no end)',
    )
  })
})
