import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { server } from '../../mocks/node'
import { TalksStatusLine } from '../../src/app/talks-status-line'
import { Briefing } from '../../src/app/briefing'
import { serveFeed, threeRoundsFeed } from '../feed/three-rounds-feed'
import { renderWithFeed } from '../render'

// Test data: the three-rounds feed (fictional; all over by mid-August 2025) with an Oslo round
// announced for November whose two sessions are both cancelled, and, if asked, a Bergen round
// after it that is still to be held.
function withCancelledRound({
  bergen = false,
  status = 'cancelled',
}: { bergen?: boolean; status?: string } = {}): Record<string, unknown> {
  const feed = threeRoundsFeed()
  const index = feed['index.json'] as { rounds: Record<string, unknown>[] }
  const { sessions } = feed['sessions.json'] as { sessions: Record<string, unknown>[] }
  const stockholmDay2 = sessions.find((s) => s.id === 'stockholm-day-2')!
  const osloDay = (day: number) => ({
    ...stockholmDay2,
    id: `oslo-day-${day}`,
    roundId: 'oslo-2025-11',
    title: `Day ${day}`,
    start: `2025-11-0${2 + day}T10:00:00+01:00`,
    end: `2025-11-0${2 + day}T17:00:00+01:00`,
    status,
  })
  const round = (id: string, name: string, location: string, start?: string) => ({
    id,
    name,
    location,
    venue: null,
    timeZone: 'Europe/Oslo',
    ...(start ? { start } : {}),
  })
  return {
    ...feed,
    'index.json': {
      ...index,
      rounds: [
        ...index.rounds,
        round('oslo-2025-11', 'Oslo round', 'Oslo'),
        ...(bergen
          ? [round('bergen-2025-12', 'Bergen round', 'Bergen', '2025-12-08T10:00:00+01:00')]
          : []),
      ],
    },
    'sessions.json': { sessions: [...sessions, osloDay(1), osloDay(2)] },
  }
}

const midAugust = Date.parse('2025-08-15T12:00:00+01:00')

async function statusLine(feed: Record<string, unknown>, now: number) {
  server.use(...serveFeed(feed))
  renderWithFeed(<TalksStatusLine />, { now })
  return (await screen.findByText(/round/)).closest('p')!
}

describe('the header with a future round whose sessions are all cancelled', () => {
  it('does not offer the cancelled round as what comes next', async () => {
    const line = await statusLine(withCancelledRound(), midAugust)
    expect(line).toHaveTextContent('✓ Stockholm round concluded 29 Jul; no next round scheduled')
    expect(line).not.toHaveTextContent(/next: Oslo/)
  })

  it('skips it to the next round that will take place', async () => {
    const line = await statusLine(withCancelledRound({ bergen: true }), midAugust)
    expect(line).toHaveTextContent(
      'Stockholm round concluded 29 Jul; next: Bergen round from 8 Dec',
    )
    expect(line).not.toHaveTextContent(/Oslo/)
  })

  it('once its planned dates are past, says it was cancelled, not that it concluded', async () => {
    const feed = withCancelledRound()
    const index = feed['index.json'] as { rounds: Record<string, unknown>[] }
    // The round's own dates, which a feed may give alongside its sessions.
    const oslo = {
      ...index.rounds.at(-1),
      start: '2025-11-03T09:00:00+01:00',
      end: '2025-11-04T18:00:00+01:00',
    }
    const line = await statusLine(
      { ...feed, 'index.json': { ...index, rounds: [...index.rounds.slice(0, -1), oslo] } },
      Date.parse('2025-11-20T12:00:00Z'),
    )
    expect(line).toHaveTextContent('✕ Oslo round cancelled; no next round scheduled')
    expect(line).not.toHaveTextContent(/concluded/)
  })

  it('before any round, with only the cancelled one announced: what became of it', async () => {
    const feed = withCancelledRound()
    const index = feed['index.json'] as { rounds: Record<string, unknown>[] }
    const { sessions } = feed['sessions.json'] as { sessions: Record<string, unknown>[] }
    const line = await statusLine(
      {
        ...feed,
        'index.json': { ...index, rounds: index.rounds.slice(-2) },
        'sessions.json': {
          sessions: sessions
            .filter((s) => s.roundId !== 'geneva-2025-05' && s.roundId !== 'london-2025-06')
            .map((s) => (s.roundId === 'stockholm-2025-07' ? { ...s, status: 'cancelled' } : s)),
        },
      },
      Date.parse('2025-07-01T12:00:00+01:00'),
    )
    expect(line).toHaveTextContent(
      '✕ Stockholm, Day 1 cancelled; Stockholm, Day 2 cancelled; Oslo, Day 1 cancelled; 1 more called off; no next round scheduled',
    )
    expect(line).not.toHaveTextContent(/next:|No sessions announced/)
  })
})

describe('the header with a future round whose sessions are all postponed', () => {
  it('offers it as what comes next, said to be postponed', async () => {
    const line = await statusLine(withCancelledRound({ status: 'postponed' }), midAugust)
    expect(line).toHaveTextContent('next: Oslo round, postponed (was to begin 3 Nov)')
  })
})

describe('the briefing after a cancelled round’s planned dates', () => {
  it('counts from the last round held, not from the round that never began', async () => {
    server.use(...serveFeed(withCancelledRound()))
    renderWithFeed(<Briefing />, { now: Date.parse('2025-11-10T12:00:00+01:00') })
    expect(await screen.findByText(/Since Stockholm round began/)).toBeInTheDocument()
    expect(screen.queryByText(/Oslo round began/)).toBeNull()
  })
})
