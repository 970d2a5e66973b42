import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { SourceLink } from '../../src/components/source-link'

describe('SourceLink', () => {
  it('links an https source in a new tab without opener or referrer', () => {
    render(<SourceLink name="Reuters" url="https://example.com/story" />)
    const link = screen.getByRole('link', { name: 'Reuters' })
    expect(link).toHaveAttribute('href', 'https://example.com/story')
    expect(link).toHaveAttribute('target', '_blank')
    expect(link).toHaveAttribute('rel', 'noopener noreferrer')
  })

  it.each(['javascript:alert(1)', ' java\tscript:alert(1)', 'data:text/html,<b>x</b>', undefined])(
    'shows the name as plain text for %j',
    (url) => {
      render(<SourceLink name="Wire" url={url} />)
      expect(screen.getByText('Wire')).toBeInTheDocument()
      expect(screen.queryByRole('link')).toBeNull()
    },
  )
})
