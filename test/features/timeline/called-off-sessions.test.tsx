import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { server } from '../../../mocks/node'
import { TimelinePanel } from '../../../src/features/timeline/timeline-panel'
import { calledOffFeed, calledOffNow } from '../../feed/called-off-feed'
import { serveFeed } from '../../feed/three-rounds-feed'
import { timelineList, visitInLondon } from '../../page'
import { renderWithFeed } from '../../render'
import { capturedDownloads, csvRecords } from '../../downloads'

afterEach(() => vi.restoreAllMocks())

// Test data: the fictional Northport round (Day 1 held, Day 2 postponed, Day 3 cancelled), read
// at noon on Day 3's planned date, when the clock alone would put Day 3 in session.

async function showTimeline(feed: Record<string, unknown>) {
  visitInLondon()
  server.use(...serveFeed(feed))
  renderWithFeed(<TimelinePanel />, { now: calledOffNow })
  return timelineList()
}

/** The whole entry of a session, found by its head's name ("Day 2 Postponed ..."). */
const entryOf = async (list: HTMLElement, name: RegExp) =>
  (await within(list).findByRole('button', { name })).closest('li')!

describe('a round with a postponed Day 2 and a cancelled Day 3', () => {
  it('each entry says what became of it, with no countdown, and nothing reads "In session"', async () => {
    const list = await showTimeline(calledOffFeed())
    const day2 = await entryOf(list, /^Day 2\s*Postponed/)
    expect(day2).toHaveTextContent('Postponed: new date not announced')
    const day3 = await entryOf(list, /^Day 3\s*Cancelled/)
    expect(day3).toHaveTextContent('Called off: will not take place')
    expect(day3).not.toHaveTextContent('Lasted')
    expect(list).not.toHaveTextContent(/in session/i)
    expect(list).not.toHaveTextContent(/starts in/i)
  })

  it('the now line names them instead of a running or next session', async () => {
    const list = await showTimeline(calledOffFeed())
    const nowLine = list.querySelector('[data-now-line]')
    expect(nowLine).toHaveTextContent('Day 2 postponed, new date not announced; Day 3 cancelled')
    expect(nowLine).toHaveTextContent('No session running or scheduled')
  })

  it('with a new date for Day 2 and a Day 4 to come, the countdown is to Day 4', async () => {
    const list = await showTimeline(calledOffFeed({ withNextSession: true }))
    expect(await entryOf(list, /^Day 2\s*Postponed/)).toHaveTextContent(
      'Postponed to Fri 19 Sept 10:00 BST',
    )
    const nowLine = list.querySelector('[data-now-line]')
    expect(nowLine).toHaveTextContent('Day 2 postponed to Fri 19 Sept 10:00 BST; Day 3 cancelled')
    expect(nowLine).toHaveTextContent('Day 4 starts in 22 h (10:00 BST)')
  })
})

describe('the timeline CSV', () => {
  it('carries what became of each session, with a postponed one’s new start', async () => {
    const files = capturedDownloads()
    const user = userEvent.setup()
    await showTimeline(calledOffFeed({ withNextSession: true }))
    await user.click(screen.getByRole('button', { name: /^Download the 4 sessions/ }))
    await waitFor(() => expect(files).toHaveLength(1))
    const rows = await csvRecords(files[0]!.blob)
    expect(rows.map((row) => [row.title, row.status])).toEqual([
      ['Day 1', 'Concluded'],
      ['Day 2', 'Postponed (new start 2025-09-19T09:00:00.000Z)'],
      ['Day 3', 'Cancelled'],
      ['Day 4', 'Scheduled'],
    ])
  })
})

// Test data: the same round after an earlier, fictional Southport round, so the timeline groups
// the entries under round heads.
function twoRoundsFeed(change: (sessions: Record<string, unknown>[]) => void = () => {}) {
  const feed = calledOffFeed()
  const index = feed['index.json'] as { rounds: Record<string, unknown>[] }
  const { sessions } = feed['sessions.json'] as { sessions: Record<string, unknown>[] }
  const southport = {
    ...sessions[0],
    id: 'southport-day-1',
    roundId: 'southport-2025-08',
    start: '2025-08-20T10:00:00+01:00',
    end: '2025-08-20T17:00:00+01:00',
  }
  change(sessions)
  return {
    ...feed,
    'index.json': {
      ...index,
      rounds: [
        {
          ...index.rounds[0],
          id: 'southport-2025-08',
          name: 'Southport round',
          location: 'Southport',
        },
        ...index.rounds,
      ],
    },
    'sessions.json': { sessions: [southport, ...sessions] },
  }
}

describe('the round head', () => {
  it('a round waiting on a postponed session reads "Postponed", not "Under way"', async () => {
    const list = await showTimeline(twoRoundsFeed())
    const northport = within(list).getByRole('button', { name: /^Northport round/ })
    expect(northport).toHaveAccessibleName(/Postponed/)
    expect(northport).not.toHaveAccessibleName(/Under way/)
  })

  it('a round whose remaining sessions are cancelled is over with its last held session', async () => {
    const list = await showTimeline(
      twoRoundsFeed((sessions) => (sessions[1]!.status = 'cancelled')),
    )
    const northport = within(list).getByRole('button', { name: /^Northport round/ })
    expect(northport).toHaveAccessibleName(/Concluded/)
    // Its dates are its held day's: the cancelled ones give none.
    expect(northport).toHaveAccessibleName(/Northport · 15 Sept 2025/)
    expect(await entryOf(list, /^Day 2\s*Cancelled/)).toBeInTheDocument()
    expect(list).not.toHaveTextContent(/in session/i)
  })

  it('a round whose every session is cancelled gives its planned start, not an end to come', async () => {
    const list = await showTimeline(
      twoRoundsFeed((sessions) => sessions.forEach((s) => (s.status = 'cancelled'))),
    )
    const northport = within(list).getByRole('button', { name: /^Northport round/ })
    expect(northport).toHaveAccessibleName(
      /Cancelled\s*Harbour Hall, Northport · planned from 15 Sept 2025\d+ items/,
    )
    expect(northport).not.toHaveAccessibleName(/not announced/)
  })
})
