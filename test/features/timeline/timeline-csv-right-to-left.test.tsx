import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, expect, it, vi } from 'vitest'
import { server } from '../../../mocks/node'
import { TimelinePanel } from '../../../src/features/timeline/timeline-panel'
import { renderWithFeed } from '../../render'
import { serveFeed, stockholmDevelopments, threeRoundsFeed } from '../../feed/three-rounds-feed'
import { timelineList, visitInLondon } from '../../page'
import { capturedDownloads, csvRecords } from '../../downloads'

afterEach(() => vi.restoreAllMocks())

/** Direction controls the page sets around right-to-left text: no business in a spreadsheet cell. */
const directionControls = /[\u2066-\u2069]/

// The quote wall's CSV wrote each right-to-left name as the feed gives it; the timeline's left the
// page's invisible isolates inside its lists (delegations, people, topics, sources), so a filter
// or a lookup on the name in a spreadsheet missed it.
it('the timeline CSV writes right-to-left names in its lists as the feed gives them', async () => {
  // Test data: the three-round test feed with an Arabic delegation member, topic and source.
  const feed = threeRoundsFeed()
  const index = feed['index.json'] as {
    people: { id: string; name: string }[]
    topics: { id: string; label: string }[]
    sources: { id: string; name: string }[]
  }
  index.people.find((p) => p.id === 'cn-member')!.name = 'سامي الاختبار'
  index.topics.push({ id: 'customs-duties', label: 'الرسوم الجمركية' })
  index.sources.push({ id: 'arabic-daily', name: 'صحيفة الاختبار' })
  const { sessions } = feed['sessions.json'] as { sessions: Record<string, unknown>[] }
  const london2 = sessions.find((s) => s.id === 'london-day-2')!
  london2.topicIds = ['customs-duties', 'tariffs']
  london2.sourceIds = ['arabic-daily', 'test-source']
  london2.outcomeSignals = ['تفاؤل حذر', 'cautious optimism']
  const developments = stockholmDevelopments(1, 60, ['customs-duties', 'tariffs'])
  developments.developments[0]!.personIds = ['cn-member', 'cn-lead'] as never[]
  const files = capturedDownloads()
  const user = userEvent.setup()
  visitInLondon()
  server.use(...serveFeed({ ...feed, 'developments.json': developments }))
  renderWithFeed(<TimelinePanel />)
  await timelineList()
  await user.click(
    screen.getByRole('button', { name: 'Download the 6 sessions and 1 development as CSV' }),
  )
  await waitFor(() => expect(files).toHaveLength(1))
  const rows = await csvRecords(files[0]!.blob)
  const session = rows.find((r) => r.id === 'london-day-2')!
  expect(session.topics).toBe('الرسوم الجمركية; Tariffs')
  expect(session.sources).toBe('صحيفة الاختبار; Test source (fictional)')
  expect(session.signals).toBe('تفاؤل حذر; cautious optimism')
  expect(session.delegations).toBe('US: Avery Test (lead); China: Bo Test (lead), سامي الاختبار')
  expect(rows.find((r) => r.id === 'test-development-0')!.people).toBe('سامي الاختبار; Bo Test')
  const marked = rows.flatMap((r) =>
    Object.values(r).filter((c) => directionControls.test(c ?? '')),
  )
  expect(marked).toEqual([])
})
