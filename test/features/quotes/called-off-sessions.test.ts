import { describe, expect, it } from 'vitest'
import { calledOffFeed } from '../../feed/called-off-feed'
import { sessionOptions } from '../../../src/features/quotes/session-options'
import { unquotedLeads } from '../../../src/features/quotes/silent-leads-of'
import type { FeedIndex, Session } from '../../../src/feed/schemas/types'

// Test data: the fictional Northport round, Day 1 held, Day 2 postponed, Day 3 cancelled.
const feed = calledOffFeed()
const index = feed['index.json'] as FeedIndex
const { sessions } = feed['sessions.json'] as { sessions: Session[] }

describe('quote wall: sessions postponed or cancelled', () => {
  it('a lead with no quote leads the sessions held or still to come, not a cancelled one', () => {
    const leads = unquotedLeads(sessions, new Set(), index)
    expect(leads.map((l) => [l.person.name, l.sessions.map((s) => s.title)])).toEqual([
      ['Avery North', ['Day 1', 'Day 2']],
      ['Bo South', ['Day 1', 'Day 2']],
    ])
  })

  it('the Session filter names each with its status', () => {
    const { options } = sessionOptions(sessions, null, index.rounds)
    expect(options.map((o) => o.label)).toEqual(['Day 1', 'Day 2 (postponed)', 'Day 3 (cancelled)'])
  })
})
