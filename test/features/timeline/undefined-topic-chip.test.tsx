import { within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import { server } from '../../../mocks/node'
import sessions from '../../../mocks/fixtures/sessions.json'
import { TimelinePanel } from '../../../src/features/timeline/timeline-panel'
import { renderWithFeed } from '../../render'
import { day1Topics } from './day1-topics'

const articleMoment = Date.parse('2025-06-10T09:15:00+01:00')

/** Test data: the demo's sessions, Day 1 with a topic id the feed's index does not list. */
function serveDay1WithUndefinedTopic() {
  server.use(
    http.get('*/sessions.json', () =>
      HttpResponse.json({
        sessions: sessions.sessions.map((s) =>
          s.id === 'london-day-1' ? { ...s, topicIds: [...s.topicIds, 'test-truce'] } : s,
        ),
      }),
    ),
  )
}

describe('timeline: a topic the feed does not define', () => {
  it('is named by its id and said to be undefined, beside the topics the feed defines', async () => {
    window.history.replaceState(null, '', '/?tz=Europe/London')
    serveDay1WithUndefinedTopic()
    renderWithFeed(<TimelinePanel />, { now: articleMoment })
    const topics = await day1Topics()
    expect(await within(topics).findByText('Rare earths')).toBeInTheDocument()
    const chip = within(topics).getByRole('button', { name: /test-truce/ })
    expect(chip).toHaveTextContent('test-truce (not defined by the feed)')
  })

  it('while the index has not loaded, is named by its id with no claim about the feed', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    window.history.replaceState(null, '', '/?tz=Europe/London')
    serveDay1WithUndefinedTopic()
    server.use(http.get('*/index.json', () => new HttpResponse(null, { status: 500 })))
    renderWithFeed(<TimelinePanel />, { now: articleMoment })
    const topics = await day1Topics()
    const chip = within(topics).getByRole('button', { name: 'test-truce' })
    expect(chip).not.toHaveTextContent('not defined')
  })
})
