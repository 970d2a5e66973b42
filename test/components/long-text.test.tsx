import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { LongText } from '../../src/components/long-text'

// Test data: a summary far longer than a line, its last sentence unlike the rest.
const summary = `${'The notice lists each controlled item and the licensing steps. '.repeat(7)}Reviews take 45 days.`

describe('LongText', () => {
  it('shows a long text cut at a word with a button for the rest, which opens and closes it', async () => {
    const user = userEvent.setup()
    const { container } = render(<LongText text={summary} what="summary" />)
    const paragraph = container.querySelector('p')!
    expect(paragraph).toHaveTextContent(/^The notice lists [^…]*\w… Read the whole summary/)
    expect(paragraph).not.toHaveTextContent('Reviews take 45 days.')
    const more = screen.getByRole('button', {
      name: `Read the whole summary (${summary.length} characters)`,
    })
    expect(more).toHaveAttribute('aria-expanded', 'false')
    await user.click(more)
    expect(paragraph).toHaveTextContent(summary)
    await user.click(screen.getByRole('button', { name: 'Show less' }))
    expect(paragraph).not.toHaveTextContent('Reviews take 45 days.')
  })

  it('is whole while the page is printed', () => {
    const { container } = render(<LongText text={summary} what="summary" />)
    act(() => {
      window.dispatchEvent(new Event('beforeprint'))
    })
    expect(container.querySelector('p')).toHaveTextContent(summary)
    act(() => {
      window.dispatchEvent(new Event('afterprint'))
    })
    expect(container.querySelector('p')).not.toHaveTextContent('Reviews take 45 days.')
  })

  it('shows a text of ordinary length whole, with no button', () => {
    const { container } = render(<LongText text="Talks resumed at 10:00." what="summary" />)
    expect(container.querySelector('p')).toHaveTextContent(/^Talks resumed at 10:00\.$/)
    expect(screen.queryByRole('button')).toBeNull()
  })
})
