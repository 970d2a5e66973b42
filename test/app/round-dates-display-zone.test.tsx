import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { server } from '../../mocks/node'
import { TalksStatusLine } from '../../src/app/talks-status-line'
import { TimelinePanel } from '../../src/features/timeline/timeline-panel'
import { describeTalks } from '../../src/features/timeline/talks-across-rounds'
import { describeTalksNow } from '../../src/features/timeline/talks-now'
import { documentSchemas } from '../../src/feed/schemas/documents'
import { renderWithFeed } from '../render'
import { serveFeed, threeRoundsFeed } from '../feed/three-rounds-feed'
import { timelineList, visit } from '../page'

// A round in Tokyo whose last session ended at 01:00 on 30 Jul there: 17:00 on 29 Jul in London.
// The header said "concluded 30 Jul 2025" and the round's heading "– 30 Jul 2025" (Tokyo's dates)
// over entries the page dates in London, the last of them 29 Jul. The dates a page states for a
// round are in the zone its times are in.

function tokyoRoundFeed() {
  const feed = threeRoundsFeed() as Record<string, Record<string, Record<string, unknown>[]>>
  const last = feed['index.json']!.rounds!.at(-1)!
  Object.assign(last, { name: 'Tokyo round', location: 'Tokyo', timeZone: 'Asia/Tokyo' })
  const sessions = feed['sessions.json']!.sessions!
  sessions.at(-2)!.start = '2025-07-28T13:00:00+09:00'
  sessions.at(-2)!.end = '2025-07-28T19:00:00+09:00'
  sessions.at(-1)!.start = '2025-07-29T18:00:00+09:00'
  sessions.at(-1)!.end = '2025-07-30T01:00:00+09:00'
  return feed
}

function open(zone: string) {
  visit(`/?tz=${zone}`)
  server.use(...serveFeed(tokyoRoundFeed()))
  renderWithFeed(
    <>
      <header>
        <TalksStatusLine />
      </header>
      <TimelinePanel />
    </>,
  )
}

describe('the dates stated for a round', () => {
  it('are in the display zone: London’s 29 Jul, not Tokyo’s 30 Jul', async () => {
    open('Europe/London')
    expect(
      await screen.findByText(/Tokyo round concluded 29 Jul 2025; no next round scheduled/),
    ).toBeInTheDocument()
    const list = await timelineList()
    expect(within(list).getByRole('button', { name: /^Tokyo round/ })).toHaveAccessibleName(
      /Test Hall, Tokyo · 28 Jul 2025 – 29 Jul 2025/,
    )
  })

  it('viewed in the venue’s zone, the venue’s dates', async () => {
    open('Asia/Tokyo')
    expect(
      await screen.findByText(/Tokyo round concluded 30 Jul 2025; no next round scheduled/),
    ).toBeInTheDocument()
    const list = await timelineList()
    expect(within(list).getByRole('button', { name: /^Tokyo round/ })).toHaveAccessibleName(
      /Test Hall, Tokyo · 28 Jul 2025 – 30 Jul 2025/,
    )
  })
})

describe('describeTalks: dates with no clock beside them', () => {
  const feed = tokyoRoundFeed()
  const index = documentSchemas.index.parse(feed['index.json'])
  const { sessions } = documentSchemas.sessions.parse(feed['sessions.json'])
  const after = Date.parse('2025-08-02T12:00:00Z')

  it('the next round’s first day, in the zone given', () => {
    const rounds = [
      ...index.rounds,
      {
        id: 'next',
        name: 'Madrid round',
        location: 'Madrid',
        venue: null,
        timeZone: 'Europe/Madrid',
        start: '2025-09-14T00:30:00+02:00',
      },
    ]
    expect(describeTalks(rounds, sessions, after, undefined, 'Europe/London').text).toBe(
      'Tokyo round concluded 29 Jul; next: Madrid round from 13 Sept',
    )
  })

  it('one round’s last session, in the zone given; a start beside the venue’s clock, the venue’s', () => {
    const tokyo = sessions.slice(-2)
    expect(describeTalksNow(tokyo, after, 'Asia/Tokyo', 'Tokyo', 0, 'Europe/London').text).toBe(
      'Day 2 concluded 29 Jul',
    )
    const before = Date.parse('2025-07-01T12:00:00Z')
    // 06:00 on 28 Jul in Tokyo is 22:00 on 27 Jul in London: the date goes with the clock.
    const ahead = tokyo.map((session, i) => ({
      ...session,
      status: 'scheduled' as const,
      ...(i === 0 ? { start: '2025-07-28T06:00:00+09:00' } : {}),
    }))
    expect(describeTalksNow(ahead, before, 'Asia/Tokyo', 'Tokyo', 0, 'Europe/London').text).toBe(
      'Day 1 starts 28 Jul (06:00 Tokyo)',
    )
  })
})
