import { fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { TimelineActions } from '../../../src/features/timeline/timeline-actions'

describe('the timeline’s Clear', () => {
  it('hands the focus to the panel’s first other control when the list is not drawn yet', () => {
    const onClear = vi.fn()
    render(
      <section aria-label="Timeline">
        <button type="button">Collapse the timeline</button>
        <TimelineActions
          summary="Day 1"
          onClear={onClear}
          showControls={false}
          order="oldest"
          onOrder={() => {}}
          csv={null}
        />
      </section>,
    )
    const clear = screen.getByRole('button', { name: 'Clear' })
    clear.focus()
    fireEvent.click(clear)
    expect(onClear).toHaveBeenCalled()
    expect(screen.getByRole('button', { name: 'Collapse the timeline' })).toHaveFocus()
  })
})
