import { fireEvent, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { ReplayBar } from '../../../src/features/header/replay-bar'
import { renderWithFeed } from '../../render'
import { server } from '../../../mocks/node'
import { serveFeed, threeRoundsFeed } from '../../feed/three-rounds-feed'

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
    // Live: the feed's moment (09:15, before Day 2 begins), with nothing after it; the slider ends
    // there, not at Day 2's scheduled start.
    await waitFor(() => expect(next()).toBeDisabled())
    expect(next()).toHaveAccessibleDescription('No later event')
    expect(slider).toHaveAttribute('max', String(Date.parse('2025-06-10T09:15:00+01:00')))
    expect(previous()).toHaveAccessibleDescription(
      /^Tue 10 Jun.* 02:00.*: White House waits for a concrete handshake before easing$/,
    )
    await user.click(previous())
    expect(slider).toHaveAttribute('aria-valuetext', expect.stringMatching(/10 Jun.* 02:00/))
    expect(new URLSearchParams(window.location.search).get('asof')).toBe('2025-06-10T01:00:00Z')
    slider.focus()
    await user.keyboard('{Shift>}{ArrowLeft}{/Shift}')
    expect(slider).toHaveAttribute('aria-valuetext', expect.stringMatching(/10 Jun.* 01:00/))
    expect(previous()).toHaveAccessibleDescription(/^Mon 9 Jun.* 23:00.*: CCTV's Yuyuantantian/)
    await user.keyboard('{Shift>}{ArrowRight}{/Shift}')
    expect(slider).toHaveAttribute('aria-valuetext', expect.stringMatching(/10 Jun.* 02:00/))
    await user.keyboard('{Shift>}{ArrowRight}{/Shift}')
    expect(next()).toBeDisabled()
  })
})

describe('replay bar: a feed of several rounds', () => {
  it('replays one round at a time, the latest first, with a choice of the others or all', async () => {
    server.use(...serveFeed(threeRoundsFeed()))
    window.history.replaceState(null, '', '/?tz=UTC')
    const user = userEvent.setup()
    renderWithFeed(<ReplayBar />)
    await openByKeyboard(user)
    const picker = screen.getByRole('combobox', { name: 'Replay' })
    expect(picker).toHaveDisplayValue('Stockholm round')
    const slider = screen.getByRole('slider', { name: 'Replay Stockholm round' })
    // From halfway between London's end (10 Jun 19:00) and Stockholm's start (28 Jul 11:00).
    expect(slider).toHaveAttribute('min', String(Date.parse('2025-07-04T15:00:00Z')))
    expect(screen.getByRole('group', { name: 'Replay' })).toHaveTextContent('Live')

    await user.selectOptions(picker, 'London round')
    const london = screen.getByRole('slider', { name: 'Replay London round' })
    // Halfway from Geneva's end (11 May 15:00) to London's start (9 Jun 12:00), whole hours.
    expect(london).toHaveAttribute('min', String(Date.parse('2025-05-26T02:00:00Z')))
    expect(london).toHaveAttribute('max', String(Date.parse('2025-07-04T15:00:00Z')))
    // Live is after the round: its replay starts at the round's beginning.
    expect(new URLSearchParams(window.location.search).get('asof')).toBe('2025-05-26T02:00:00Z')
    // The events to jump to are the round's own.
    await user.click(screen.getByRole('button', { name: 'Next event' }))
    expect(london).toHaveAttribute('aria-valuetext', expect.stringMatching(/^Mon 9 Jun/))

    await user.selectOptions(picker, 'All 3 rounds')
    const all = screen.getByRole('slider', { name: 'Replay all 3 rounds' })
    expect(all).toHaveAttribute('min', String(Date.parse('2025-05-10T08:00:00Z')))
    // The moment shown stays where it was: the whole span holds it.
    expect(all).toHaveAttribute('aria-valuetext', expect.stringMatching(/^Mon 9 Jun/))
  })

  it('opens on the round of the moment a link replays', async () => {
    server.use(...serveFeed(threeRoundsFeed()))
    window.history.replaceState(null, '', '/?tz=UTC&asof=2025-05-10T12:00:00Z')
    renderWithFeed(<ReplayBar />)
    expect(await screen.findByRole('combobox', { name: 'Replay' })).toHaveDisplayValue(
      'Geneva round',
    )
    expect(screen.getByRole('slider', { name: 'Replay Geneva round' })).toHaveAttribute(
      'aria-valuetext',
      expect.stringMatching(/^Sat 10 May.*12:00/),
    )
  })

  it('shows no choice on a feed of one round', async () => {
    window.history.replaceState(null, '', '/')
    const user = userEvent.setup()
    renderWithFeed(<ReplayBar />)
    await openByKeyboard(user)
    expect(screen.getByRole('slider', { name: 'Replay the round' })).toBeInTheDocument()
    expect(screen.queryByRole('combobox', { name: 'Replay' })).not.toBeInTheDocument()
  })
})
