import { describe, expect, it } from 'vitest'
import type { AlertRule } from '../../../src/features/alerts/alert-rules'
import { calledOffNews } from '../../../src/features/alerts/called-off-news'

// Test data: one made-up session, "Day 2", watched by a move alert measured since it.
const rules: AlertRule[] = [
  {
    kind: 'move',
    id: 'm1',
    muted: false,
    instrumentId: 'test-index',
    percent: 1,
    since: { kind: 'session', id: 'day-2' },
  },
]
type Status = 'scheduled' | 'postponed' | 'cancelled'
const day2 = (status: Status, rescheduledTo?: string) => ({
  id: 'day-2',
  status,
  ...(rescheduledTo === undefined ? {} : { rescheduledTo }),
})
const words = (s: { status: string; rescheduledTo?: string }) => ({
  title: `Day 2 ${s.status}${s.rescheduledTo ? ` to ${s.rescheduledTo.slice(0, 10)}` : ''}`,
  body: '',
})

/** The titles told over a run of looks at the feed, each look from what the last one kept. */
function toldOver(looks: ReturnType<typeof day2>[], watching = rules) {
  let standings = {}
  return looks.map((session) => {
    const news = calledOffNews(watching, [session], standings, words)
    standings = news.standings
    return news.fired.map((f) => f.title)
  })
}

describe('what is told of a watched session called off', () => {
  it('tells a postponement, then its new date, then a later one; not its going ahead', () => {
    expect(
      toldOver([
        day2('scheduled'),
        day2('postponed'),
        day2('postponed'),
        day2('postponed', '2025-09-19T10:00:00+01:00'),
        day2('postponed', '2025-09-22T10:00:00+01:00'),
        day2('scheduled'),
        day2('cancelled'),
      ]),
    ).toEqual([
      [],
      ['Day 2 postponed'],
      [],
      ['Day 2 postponed to 2025-09-19'],
      ['Day 2 postponed to 2025-09-22'],
      [],
      ['Day 2 cancelled'],
    ])
  })

  it('tells nothing of a session only a muted alert watches', () => {
    const muted = rules.map((r) => ({ ...r, muted: true }))
    expect(toldOver([day2('scheduled'), day2('cancelled')], muted)).toEqual([[], []])
  })
})
