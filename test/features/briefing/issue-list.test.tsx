import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { IssueList } from '../../../src/features/briefing/issue-list'
import type { BriefingIssue } from '../../../src/features/briefing/briefing-types'

/** Test data: `count` made-up issues, "Issue 1" on topic "topic-1", and so on. */
function issues(count: number): BriefingIssue[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `issue-${i + 1}`,
    title: `Issue ${i + 1}`,
    topicId: `topic-${i + 1}`,
    icon: '○',
    word: 'Unresolved',
    tone: 'text-danger',
  }))
}

const places = () =>
  within(screen.getByRole('list', { name: 'Issues on the table' }))
    .getAllByRole('listitem')
    .map((item) => item.textContent?.match(/^Issue \d+|^\+\d+ more/)?.[0])

describe('the briefing’s issues on the table', () => {
  it('lists three issues whole', () => {
    render(
      <IssueList issues={issues(3)} selectedTopic={null} interactive onSelectTopic={() => {}} />,
    )
    expect(places()).toEqual(['Issue 1', 'Issue 2', 'Issue 3'])
  })

  it('keeps twelve to three places; one pressed in the list of all marks its topic and closes it', async () => {
    const user = userEvent.setup()
    const onSelectTopic = vi.fn()
    render(
      <IssueList
        issues={issues(12)}
        selectedTopic={null}
        interactive
        onSelectTopic={onSelectTopic}
      />,
    )
    expect(places()).toEqual(['Issue 1', 'Issue 2', '+10 more'])

    await user.click(screen.getByRole('button', { name: '10 more issues: show all 12' }))
    const dialog = screen.getByRole('dialog', { name: 'On the table: all 12 issues' })
    expect(within(dialog).getAllByRole('listitem')).toHaveLength(12)
    await user.click(within(dialog).getByRole('button', { name: /^Issue 9/ }))
    expect(onSelectTopic).toHaveBeenCalledWith('topic-9')
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('lists every issue where there are no buttons (kiosk)', () => {
    render(
      <IssueList
        issues={issues(12)}
        selectedTopic={null}
        interactive={false}
        onSelectTopic={() => {}}
      />,
    )
    expect(places()).toHaveLength(12)
    expect(screen.queryByRole('button')).toBeNull()
  })
})
