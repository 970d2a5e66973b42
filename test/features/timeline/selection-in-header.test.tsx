import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { TimelinePanel } from '../../../src/features/timeline/timeline-panel'
import { TimelineActions } from '../../../src/features/timeline/timeline-actions'
import { renderWithFeed } from '../../render'
import { timelineList, visitInLondon } from '../../page'
import { capturedDownloads } from '../../downloads'

// With a session selected, the header showed the selection and Clear in place of its CSV button:
// the timeline could not be downloaded without losing the selection first.

const articleMoment = Date.parse('2025-06-10T09:15:00+01:00')

describe('the timeline header with a selection', () => {
  it('offers the CSV beside the selection and its Clear', async () => {
    const files = capturedDownloads()
    const user = userEvent.setup()
    visitInLondon('session=london-day-2')
    renderWithFeed(<TimelinePanel />, { now: articleMoment })
    await timelineList()
    const header = screen.getByRole('heading', { name: 'Timeline' }).closest('header')!
    expect(within(header).getByText(/Selected:/)).toHaveTextContent('Selected: Day 2')
    expect(within(header).getByRole('button', { name: 'Clear' })).toBeVisible()
    await user.click(within(header).getByRole('button', { name: /as CSV$/ }))
    await waitFor(() => expect(files.map((f) => f.name)).toEqual(['timeline.csv']))
    expect(within(header).getByText(/Selected:/)).toHaveTextContent('Selected: Day 2')
  })

  it('names the selection on one line in its tooltip, a line break in a round’s name a space', () => {
    render(
      <TimelineActions
        summary={'Geneva round\n(test:\tname), Day 1'}
        onClear={() => {}}
        showControls
        order="oldest"
        onOrder={() => {}}
        csv={null}
      />,
    )
    expect(screen.getByText(/Selected:/)).toHaveAttribute(
      'title',
      'Selected: Geneva round (test: name), Day 1',
    )
  })
})
