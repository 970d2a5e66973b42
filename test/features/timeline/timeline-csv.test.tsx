import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { server } from '../../../mocks/node'
import { TimelinePanel } from '../../../src/features/timeline/timeline-panel'
import { renderWithFeed } from '../../render'
import { serveFeed, stockholmDevelopments, threeRoundsFeed } from '../../feed/three-rounds-feed'
import { timelineList, visitInLondon } from '../../page'
import { capturedDownloads, csvRecords } from '../../downloads'

const articleMoment = Date.parse('2025-06-10T09:15:00+01:00')

afterEach(() => vi.restoreAllMocks())

describe('timeline: the sessions and developments as CSV', () => {
  it('holds every session and development of a feed of rounds, oldest first, named with their round', async () => {
    const files = capturedDownloads()
    const user = userEvent.setup()
    visitInLondon()
    server.use(
      ...serveFeed({
        ...threeRoundsFeed(),
        'developments.json': stockholmDevelopments(2, 300),
      }),
    )
    renderWithFeed(<TimelinePanel />)
    await timelineList()
    await user.click(
      screen.getByRole('button', { name: 'Download the 6 sessions and 2 developments as CSV' }),
    )
    await waitFor(() => expect(files.map((f) => f.name)).toEqual(['timeline.csv']))
    const rows = await csvRecords(files[0]!.blob)
    expect(rows.map((r) => r.id)).toEqual([
      'geneva-day-1',
      'geneva-day-2',
      'london-day-1',
      'london-day-2',
      'test-development-0',
      'stockholm-day-1',
      'test-development-1',
      'stockholm-day-2',
    ])
    const london2 = rows.find((r) => r.id === 'london-day-2')!
    expect(london2).toMatchObject({
      kind: 'session',
      round: 'London round',
      title: 'London, Day 2',
      time: 'as reported',
      status: 'Concluded',
      format: 'closed-door',
      topics: 'Tariffs',
      sources: 'Test source (fictional)',
    })
    expect(london2.delegations).toMatch(/^US: .+ \(lead\); China: .+ \(lead\), .+$/)
    expect(new URL(london2.link!).searchParams.get('session')).toBe('london-day-2')
    expect(rows.find((r) => r.id === 'test-development-1')).toMatchObject({
      kind: 'report',
      round: 'Stockholm round',
      starts_at_utc: '2025-07-28T14:00:00.000Z',
      ends_at_utc: '',
      status: '',
    })
  })

  it('on a desk feed: its estimates are estimated, not illustrative, and a session running by its schedule alone says so', async () => {
    const files = capturedDownloads()
    const user = userEvent.setup()
    visitInLondon()
    const feed = threeRoundsFeed()
    const { sessions } = feed['sessions.json'] as {
      sessions: {
        id: string
        start: string
        end: string | null
        status: string
        startPrecision: string
      }[]
    }
    // Test data: Geneva's first day's start estimated; Stockholm's last day listed as scheduled,
    // with no end, from an hour ago (the feed has not said it began).
    sessions[0]!.startPrecision = 'approximate'
    const last = sessions.at(-1)!
    Object.assign(last, {
      start: new Date(Date.now() - 3_600_000).toISOString(),
      end: null,
      status: 'scheduled',
    })
    server.use(...serveFeed(feed))
    renderWithFeed(<TimelinePanel />)
    await timelineList()
    await user.click(screen.getByRole('button', { name: /^Download the 6 sessions/ }))
    await waitFor(() => expect(files).toHaveLength(1))
    const rows = await csvRecords(files[0]!.blob)
    expect(rows.find((r) => r.id === sessions[0]!.id)!.time).toMatch(/^(start )?estimated(,|$)/)
    expect(rows.map((r) => r.time).join()).not.toContain('illustrative')
    expect(rows.find((r) => r.id === last.id)!.status).toBe(
      'In session (by its schedule; the feed has not said it began)',
    )
  })

  it('gives the demo’s sessions their status at the article’s moment and says which times are estimates', async () => {
    const files = capturedDownloads()
    const user = userEvent.setup()
    visitInLondon()
    renderWithFeed(<TimelinePanel />, { now: articleMoment })
    await timelineList()
    await user.click(
      screen.getByRole('button', { name: 'Download the 2 sessions and 5 developments as CSV' }),
    )
    await waitFor(() => expect(files).toHaveLength(1))
    const rows = await csvRecords(files[0]!.blob)
    expect(rows.find((r) => r.id === 'london-day-1')).toMatchObject({
      status: 'Concluded',
      time: 'estimated (illustrative)',
      venue: 'Lancaster House',
    })
    expect(rows.find((r) => r.id === 'london-day-2')).toMatchObject({
      status: 'Scheduled',
      time: 'as reported',
      ends_at_utc: '',
    })
    expect(rows.find((r) => r.id === 'china-may-exports-to-us')).toMatchObject({
      kind: 'data release',
      time: 'estimated (illustrative)',
      figures: 'May exports to the US: -34.5%',
    })
  })

  it('is not offered while a list failed: a file without it would read as if there were none', async () => {
    visitInLondon()
    server.use(
      http.get('*/demo-feed/developments.json', () => new HttpResponse(null, { status: 500 })),
    )
    renderWithFeed(<TimelinePanel />, { now: articleMoment })
    await timelineList()
    await screen.findByText(/Developments unavailable/)
    expect(screen.queryByRole('button', { name: /as CSV$/ })).toBeNull()
  })
})
