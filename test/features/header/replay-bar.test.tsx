import { fireEvent, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { ReplayBar } from '../../../src/features/header/replay-bar'
import { renderWithFeed } from '../../render'

async function openByKeyboard(user: ReturnType<typeof userEvent.setup>) {
  const button = await screen.findByRole('button', { name: /Replay/ })
  await waitFor(() => expect(button).toBeEnabled())
  button.focus()
  await user.keyboard('{Enter}')
}

describe('replay bar', () => {
  it('takes the focus to its slider when opened, and back to its button when closed while live', async () => {
    window.history.replaceState(null, '', '/')
    const user = userEvent.setup()
    renderWithFeed(<ReplayBar />)
    await openByKeyboard(user)
    expect(screen.getByRole('slider', { name: 'Replay the round' })).toHaveFocus()
    // Previous event, Play, speed (Next event is disabled while live), then Close.
    await user.tab()
    await user.tab()
    await user.tab()
    await user.tab()
    expect(screen.getByRole('button', { name: 'Close replay' })).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(screen.queryByRole('slider')).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: /Replay/ })).toHaveFocus()
  })

  it('after a moment is replayed, Back to live returns the focus to the Replay button', async () => {
    window.history.replaceState(null, '', '/')
    const user = userEvent.setup()
    renderWithFeed(<ReplayBar />)
    await openByKeyboard(user)
    const slider = screen.getByRole('slider', { name: 'Replay the round' })
    fireEvent.change(slider, { target: { value: String(Number(slider.getAttribute('min'))) } })
    await user.click(screen.getByRole('button', { name: 'Back to live' }))
    expect(screen.getByRole('button', { name: /Replay/ })).toHaveFocus()
  })
})

describe('replay bar: event by event', () => {
  it('jumps to the previous and next moment something happened, by button and with Shift+arrows', async () => {
    window.history.replaceState(null, '', '/?tz=Europe/London')
    const user = userEvent.setup()
    renderWithFeed(<ReplayBar />)
    await openByKeyboard(user)
    const slider = screen.getByRole('slider', { name: 'Replay the round' })
    const next = () => screen.getByRole('button', { name: 'Next event' })
    const previous = () => screen.getByRole('button', { name: 'Previous event' })
    // Live: the latest moment, with nothing after it.
    await waitFor(() => expect(next()).toBeDisabled())
    expect(next()).toHaveAccessibleDescription('No later event')
    expect(previous()).toHaveAccessibleDescription(/^Tue 10 Jun.* 10:00.*: Day 2 begins$/)
    await user.click(previous())
    expect(slider).toHaveAttribute('aria-valuetext', expect.stringMatching(/10 Jun.* 10:00/))
    expect(new URLSearchParams(window.location.search).get('asof')).toBe('2025-06-10T09:00:00Z')
    slider.focus()
    await user.keyboard('{Shift>}{ArrowLeft}{/Shift}')
    expect(slider).toHaveAttribute('aria-valuetext', expect.stringMatching(/10 Jun.* 02:00/))
    expect(previous()).toHaveAccessibleDescription(
      /^Tue 10 Jun.* 01:00.*: Donald Trump: “only getting good reports” \(\+4 more\)$/,
    )
    await user.keyboard('{Shift>}{ArrowRight}{/Shift}')
    expect(slider).toHaveAttribute('aria-valuetext', expect.stringMatching(/10 Jun.* 10:00/))
    expect(next()).toBeDisabled()
  })
})
