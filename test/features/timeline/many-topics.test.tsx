import { within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { server } from '../../../mocks/node'
import sessions from '../../../mocks/fixtures/sessions.json'
import { TimelinePanel } from '../../../src/features/timeline/timeline-panel'
import { renderWithFeed } from '../../render'
import { day1Topics } from './day1-topics'

const articleMoment = Date.parse('2025-06-10T09:15:00+01:00')
const manyTopics = Array.from({ length: 27 }, (_, i) => `test-topic-${i + 1}`)

/** Test data: the demo's sessions, Day 1 tagged with 27 made-up topics. */
function serveDay1WithManyTopics() {
  server.use(
    http.get('*/sessions.json', () =>
      HttpResponse.json({
        sessions: sessions.sessions.map((s) =>
          s.id === 'london-day-1' ? { ...s, topicIds: manyTopics } : s,
        ),
      }),
    ),
  )
}

const chipNames = (topics: HTMLElement) =>
  within(topics)
    .queryAllByRole('button', { pressed: false })
    .concat(within(topics).queryAllByRole('button', { pressed: true }))
    .map((b) => b.textContent?.replace(/^✓ /, '').replace(/ \(not defined by the feed\)$/, ''))

describe('timeline: an entry with many topics', () => {
  it('shows its first six and a button for the rest, which shows them all and back', async () => {
    window.history.replaceState(null, '', '/?tz=Europe/London')
    serveDay1WithManyTopics()
    renderWithFeed(<TimelinePanel />, { now: articleMoment })
    const topics = await day1Topics()
    expect(chipNames(topics)).toEqual(manyTopics.slice(0, 6))
    const more = within(topics).getByRole('button', { name: '+21 more topics' })
    expect(more).toHaveAttribute('aria-expanded', 'false')
    await userEvent.click(more)
    expect(chipNames(topics)).toEqual(manyTopics)
    await userEvent.click(within(topics).getByRole('button', { name: 'Fewer topics' }))
    expect(chipNames(topics)).toHaveLength(6)
  })

  it('keeps the chosen topic in view though it is past the first six', async () => {
    window.history.replaceState(null, '', '/?tz=Europe/London&topic=test-topic-20')
    serveDay1WithManyTopics()
    renderWithFeed(<TimelinePanel />, { now: articleMoment })
    const topics = await day1Topics()
    expect(within(topics).getByRole('button', { pressed: true })).toHaveTextContent('test-topic-20')
    expect(within(topics).getByRole('button', { name: '+20 more topics' })).toBeInTheDocument()
  })
})
