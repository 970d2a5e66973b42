import { act, fireEvent, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { AlertToasts } from '../../../src/features/alerts/alert-toasts'
import {
  clearToasts,
  pushNotices,
  pushToasts,
} from '../../../src/features/alerts/alert-toasts-store'
import { renderWithFeed } from '../../render'

// Test data: two made-up alerts, fired a second apart.
const fired = [
  { key: 'a@1', ruleId: 'a', title: 'Test Index above 100', body: 'Now 101 (crossed 100)' },
  { key: 'b@1', ruleId: 'b', title: 'Test round, Day 1 has ended', body: 'Session end' },
]

afterEach(() => act(() => clearToasts()))

describe('alert toasts and the keyboard', () => {
  it('dismissing one hands the focus to the next, and the last back to where the viewer was', () => {
    renderWithFeed(
      <>
        <button type="button">Quote wall control</button>
        <AlertToasts />
      </>,
    )
    act(() => pushToasts(fired, Date.now()))
    const toasts = screen.getByRole('region', { name: 'Alerts fired' })
    const dismiss = (title: string) =>
      within(toasts).getByRole('button', { name: `Dismiss alert: ${title}` })
    // The viewer was working in the page, then went to the alerts with the keyboard.
    screen.getByRole('button', { name: 'Quote wall control' }).focus()
    dismiss('Test round, Day 1 has ended').focus()

    fireEvent.click(dismiss('Test round, Day 1 has ended'))
    expect(document.activeElement).toBe(dismiss('Test Index above 100'))

    fireEvent.click(dismiss('Test Index above 100'))
    expect(within(toasts).queryByRole('status')).toBeNull()
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Quote wall control' }))
  })
})

describe('alert toasts and notices together', () => {
  it('a burst of alerts firing keeps the newest four, and never pushes a notice out', () => {
    renderWithFeed(<AlertToasts />)
    const notice = {
      key: 'gone:c',
      ruleId: 'c',
      title: 'Alert will not fire: Test Index below 90',
      body: 'What it is on is no longer in the feed.',
    }
    act(() => pushNotices([notice], Date.now()))
    const burst = Array.from({ length: 6 }, (_, i) => ({
      key: `t${i}@1`,
      ruleId: `t${i}`,
      title: `Test alert ${i}`,
      body: 'Test body',
    }))
    act(() => pushToasts(burst, Date.now()))
    const fired = within(screen.getByRole('region', { name: 'Alerts fired' }))
    expect(fired.getAllByRole('status').map((s) => s.textContent)).toEqual(
      [5, 4, 3, 2].map((i) => expect.stringContaining(`Test alert ${i}`)),
    )
    const notices = within(screen.getByRole('region', { name: 'Alert notices' }))
    expect(notices.getByRole('status')).toHaveTextContent(notice.title)
  })
})
