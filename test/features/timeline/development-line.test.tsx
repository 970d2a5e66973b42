import { within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { server } from '../../../mocks/node'
import { TimelinePanel } from '../../../src/features/timeline/timeline-panel'
import { renderWithFeed } from '../../render'
import { serveFeed, stockholmDevelopments, threeRoundsFeed } from '../../feed/three-rounds-feed'
import { timelineList, visitInLondon } from '../../page'

/**
 * The three-round test feed with three fictional developments at 28 Jul 2025 09:00 UTC (11:00 at
 * the Stockholm venue): one naming no party and no person, one a person but no party, one both.
 */
function feedWithBareDevelopments() {
  const [bare, withPerson, withBoth] = stockholmDevelopments(3, 0).developments
  const developments = [
    bare,
    { ...withPerson, personIds: ['us-lead'] },
    { ...withBoth, partyId: 'us', personIds: ['us-lead'] },
  ]
  return { ...threeRoundsFeed(), 'developments.json': { developments } }
}

// No `now`: the page runs on the real clock, so the Stockholm round, the latest, is open.
async function detailLine(developmentId: string) {
  visitInLondon()
  server.use(...serveFeed(feedWithBareDevelopments()))
  renderWithFeed(<TimelinePanel />)
  const list = await timelineList()
  const entry = list.querySelector<HTMLElement>(`[data-roving-id="development:${developmentId}"]`)!
  return within(entry)
    .getByText(/Stockholm 11:00/)
    .closest('p')!
}

describe('timeline: the line under a development’s title', () => {
  it('starts with the venue time, no separator before it, when no party or person is named', async () => {
    expect(await detailLine('test-development-0')).toHaveTextContent(/^Stockholm 11:00/)
  })

  it('starts with the person when no party is named', async () => {
    expect(await detailLine('test-development-1')).toHaveTextContent(
      /^Avery Test · Stockholm 11:00/,
    )
  })

  it('separates party, person and venue time when all are named', async () => {
    expect(await detailLine('test-development-2')).toHaveTextContent(
      /^US · Avery Test · Stockholm 11:00/,
    )
  })
})
