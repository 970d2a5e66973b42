import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { TimelinePanel } from '../../../src/features/timeline/timeline-panel'
import { renderWithFeed } from '../../render'
import { timelineList, visitInLondon } from '../../page'

// The timeline's header names the selection on one line, cut with "…" where the region is narrow
// (a desk of 1366 px showed "Selected: Ministry of C…", "Selected: Stockholm D…"): the cut name
// had no tooltip, so which development or day was selected could not be read there.

const articleMoment = Date.parse('2025-06-10T09:15:00+01:00')

describe('the selection named in the timeline header', () => {
  it('gives the whole name in its tooltip, however narrow the line', async () => {
    visitInLondon('development=mofcom-rare-earth-licences')
    renderWithFeed(<TimelinePanel />, { now: articleMoment })
    await timelineList()
    const line = await screen.findByTitle(
      'Selected: Ministry of Commerce confirms limited rare earth export licence approvals',
    )
    expect(line).toHaveTextContent(
      'Selected: Ministry of Commerce confirms limited rare earth export licence approvals',
    )
  })
})
