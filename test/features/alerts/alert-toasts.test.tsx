import { act, fireEvent, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { AlertToasts } from '../../../src/features/alerts/alert-toasts'
import { clearToasts, pushToasts } from '../../../src/features/alerts/alert-toasts-store'
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
