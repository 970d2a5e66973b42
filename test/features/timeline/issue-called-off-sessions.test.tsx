import { within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { server } from '../../../mocks/node'
import { TimelinePanel } from '../../../src/features/timeline/timeline-panel'
import { calledOffFeed, calledOffNow } from '../../feed/called-off-feed'
import { serveFeed } from '../../feed/three-rounds-feed'
import { timelineList, visitInLondon } from '../../page'
import { renderWithFeed } from '../../render'

// Test data: the fictional Northport round (Day 1 held, Day 2 postponed, Day 3 cancelled), with an
// open issue on the topic every session was to take up.
function feedWithIssue() {
  return {
    ...calledOffFeed(),
    'issues.json': {
      issues: [
        {
          id: 'fish-quota-levels',
          roundId: 'northport-2025-09',
          topicId: 'fish-quotas',
          title: 'Fish quota levels (test)',
          usAsk: 'Test ask (fictional).',
          chinaPosition: 'Test position (fictional).',
          status: 'in-discussion',
          notes: [],
          sourceIds: ['test-source'],
        },
      ],
      scenarios: [],
    },
  }
}

describe('On the table: the sessions that touched an issue', () => {
  it('marks a postponed or cancelled one, which never took the issue up', async () => {
    visitInLondon()
    server.use(...serveFeed(feedWithIssue()))
    renderWithFeed(<TimelinePanel />, { now: calledOffNow })
    const list = await timelineList()
    const issues = await within(list.closest('section')!).findByRole('list', {
      name: 'Open issues',
    })
    const touched = within(issues)
      .getAllByRole('button', { name: /^Day/ })
      .map((button) => button.textContent)
    expect(touched).toEqual(['Day 1', 'Day 2 (postponed)', 'Day 3 (cancelled)'])
  })
})
