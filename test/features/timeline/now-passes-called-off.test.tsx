import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { server } from '../../../mocks/node'
import { TimelinePanel } from '../../../src/features/timeline/timeline-panel'
import { calledOffFeed, calledOffNow } from '../../feed/called-off-feed'
import { serveFeed } from '../../feed/three-rounds-feed'
import { timelineList, visitInLondon } from '../../page'
import { renderWithFeed } from '../../render'

// Test data: the fictional Northport round (Day 1 held, Day 2 postponed, Day 3 cancelled; with
// `withNextSession`, a Day 4 still to come). Where the reader lands "at now" (Tab into the list,
// the n key) is a session that takes place, never one called off at its planned time.

async function showTimeline(feed: Record<string, unknown>, now: number) {
  visitInLondon()
  server.use(...serveFeed(feed))
  renderWithFeed(
    <>
      <button type="button">Before the timeline</button>
      <TimelinePanel />
    </>,
    { now },
  )
  return timelineList()
}

const head = (list: HTMLElement, name: RegExp) => within(list).getByRole('button', { name })

/** Tab from the button before the panel until the focus is in the list. */
async function tabIntoList(user: ReturnType<typeof userEvent.setup>, list: HTMLElement) {
  screen.getByRole('button', { name: 'Before the timeline' }).focus()
  for (let i = 0; i < 10 && !list.contains(document.activeElement); i++) await user.tab()
  return document.activeElement
}

const eveningBefore = Date.parse('2025-09-16T18:00:00+01:00')

describe('the evening before a cancelled Day 3, with a Day 4 to come', () => {
  const feed = () => calledOffFeed({ withNextSession: true })

  it('Tab comes into the list at Day 4, the next to take place; Day 3 stays at its planned time', async () => {
    const user = userEvent.setup()
    const list = await showTimeline(feed(), eveningBefore)
    expect(head(list, /^Day 3\s*Cancelled/)).toHaveAttribute('tabindex', '-1')
    expect(head(list, /^Day 4/)).toHaveAttribute('tabindex', '0')
    expect(await tabIntoList(user, list)).toBe(head(list, /^Day 4/))
  })

  it('n from elsewhere on the page focuses Day 4', async () => {
    const user = userEvent.setup()
    const list = await showTimeline(feed(), eveningBefore)
    screen.getByRole('button', { name: 'Before the timeline' }).focus()
    await user.keyboard('n')
    await waitFor(() => expect(head(list, /^Day 4/)).toHaveFocus())
  })
})

describe('at Day 3’s planned time, nothing to come past a postponed Day 2 and a cancelled Day 3', () => {
  it('Tab comes into the list at Day 1, the last session held', async () => {
    const user = userEvent.setup()
    const list = await showTimeline(calledOffFeed(), calledOffNow)
    expect(head(list, /^Day 3\s*Cancelled/)).toHaveAttribute('tabindex', '-1')
    expect(head(list, /^Day 1/)).toHaveAttribute('tabindex', '0')
    expect(await tabIntoList(user, list)).toBe(head(list, /^Day 1/))
  })

  it('n from elsewhere on the page focuses Day 1', async () => {
    const user = userEvent.setup()
    const list = await showTimeline(calledOffFeed(), calledOffNow)
    screen.getByRole('button', { name: 'Before the timeline' }).focus()
    await user.keyboard('n')
    await waitFor(() => expect(head(list, /^Day 1/)).toHaveFocus())
  })
})
