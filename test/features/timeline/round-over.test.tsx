import { within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { server } from '../../../mocks/node'
import { TimelinePanel } from '../../../src/features/timeline/timeline-panel'
import { serveFeed, threeRoundsFeed } from '../../feed/three-rounds-feed'
import { timelineList, visitInLondon } from '../../page'
import { renderWithFeed } from '../../render'

// Test data: the three-rounds feed (all over, on the real clock) with London's last session
// concluded but its end time not given, as a desk writes it when the source gives none, and an
// outcome for the London round.
function feedWithUntimedEnd() {
  const feed = threeRoundsFeed()
  const index = feed['index.json'] as { rounds: Record<string, unknown>[] }
  const { sessions } = feed['sessions.json'] as { sessions: Record<string, unknown>[] }
  return {
    ...feed,
    'index.json': {
      ...index,
      rounds: index.rounds.map((r) =>
        r.id === 'london-2025-06' ? { ...r, outcome: 'A test outcome for London.' } : r,
      ),
    },
    'sessions.json': {
      sessions: sessions.map((s) => (s.id === 'london-day-2' ? { ...s, end: null } : s)),
    },
  }
}

describe('a round whose every session is concluded, the last without an end time', () => {
  it('reads as concluded with its outcome, not "Under way" months later', async () => {
    visitInLondon()
    server.use(...serveFeed(feedWithUntimedEnd()))
    renderWithFeed(<TimelinePanel />)
    const list = await timelineList()
    const london = within(list).getByRole('button', { name: /^London round/ })
    expect(london).toHaveAccessibleName(/Concluded/)
    expect(london).not.toHaveAccessibleName(/Under way/)
    expect(london.closest('li')).toHaveTextContent('Outcome: A test outcome for London.')
  })
})
