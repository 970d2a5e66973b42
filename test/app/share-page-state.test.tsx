import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { App } from '../../src/app/app'
import { testRuntime } from '../render'

// The Share / embed link reproduces the page: before, it dropped the replayed moment, the timeline's
// order and the markets' window and instruments, so a colleague opened a different page.
describe('the Share / embed link', () => {
  it('keeps the replay, the timeline’s order and the markets’ window and instruments', async () => {
    const user = userEvent.setup()
    window.history.replaceState(
      null,
      '',
      '/tools/talks/?tz=Europe/London&asof=2025-06-09T18:00:00Z&order=newest&window=day&instruments=spx,dxy',
    )
    render(<App runtime={testRuntime()} />)
    await user.click(await screen.findByRole('button', { name: 'Share / embed' }))
    const dialog = screen.getByRole('dialog', { name: 'Share / embed' })
    const link = within(dialog).getByRole('textbox', { name: 'Link' })
    const base = `${location.origin}/tools/talks/?tz=Europe%2FLondon`
    expect(link).toHaveValue(
      `${base}&asof=2025-06-09T18%3A00%3A00Z&order=newest&window=day&instruments=spx%2Cdxy`,
    )
    // The replay is offered to keep, in words; unticked, the link is of the live page.
    const keepReplay = within(dialog).getByRole('checkbox', {
      name: 'Keep the replay at Mon 9 Jun, 19:00 BST (else: live)',
    })
    await user.click(keepReplay)
    expect(link).toHaveValue(`${base}&order=newest&window=day&instruments=spx%2Cdxy`)
  })
})
