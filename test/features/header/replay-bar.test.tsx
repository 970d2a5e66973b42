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
