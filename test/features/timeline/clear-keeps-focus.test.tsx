import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { server } from '../../../mocks/node'
import { TimelinePanel } from '../../../src/features/timeline/timeline-panel'
import { serveFeed, threeRoundsFeed } from '../../feed/three-rounds-feed'
import { timelineList, visitInLondon } from '../../page'
import { renderWithFeed } from '../../render'

describe('the timeline’s Clear, with a session of an earlier round selected by a link', () => {
  it('leaves the focus in the list, though the session goes with its round', async () => {
    visitInLondon('&session=london-day-2')
    server.use(...serveFeed(threeRoundsFeed()))
    renderWithFeed(<TimelinePanel />)
    const list = await timelineList()
    expect(list.querySelector('[data-roving-id="session:london-day-2"]')).not.toBeNull()
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Clear' }))
    await waitFor(() =>
      expect(list.querySelector('[data-roving-id="session:london-day-2"]')).toBeNull(),
    )
    expect(document.activeElement).not.toBe(document.body)
    expect(list).toContainElement(document.activeElement as HTMLElement)
  })

  it('and the Clear of the note on a linked session the feed does not have', async () => {
    visitInLondon('&session=withdrawn-session')
    server.use(...serveFeed(threeRoundsFeed()))
    renderWithFeed(<TimelinePanel />)
    const list = await timelineList()
    const note = screen.getByText(/The linked session “withdrawn-session” is not in the feed/)
    const user = userEvent.setup()
    await user.click(within(note).getByRole('button', { name: 'Clear' }))
    await waitFor(() => expect(note).not.toBeInTheDocument())
    expect(list).toContainElement(document.activeElement as HTMLElement)
  })
})
