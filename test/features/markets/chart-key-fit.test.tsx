import { render, screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { fitKey } from '../../../src/features/markets/chart-key-fit'
import { ChartLegend } from '../../../src/features/markets/chart-legend'

// Test data: text measured as 6 px a character (jsdom lays nothing out), so the key's fit can be
// checked without a browser; test/e2e/chart-key-fits.spec.ts checks real keys in Chromium.
vi.mock('../../../src/features/markets/chart-key-fit', async (original) => ({
  ...(await original<typeof import('../../../src/features/markets/chart-key-fit')>()),
  textWidth: (text: string) => text.length * 6,
}))

const plus = () => 14

describe('fitting a chart key to one line', () => {
  const widths = [
    { full: 100, short: 40 },
    { full: 90, short: 45 },
    { full: 130, short: 40 },
  ]

  it('keeps every entry in full words when they fit', () => {
    expect(fitKey(widths, 344, 12, plus)).toEqual({ short: [false, false, false], shown: 3 })
  })

  it('shortens the entry that saves most first, then the next, until they fit', () => {
    // 344 wanted; 343 available: "Event (markers below)" (saves 90) is enough.
    expect(fitKey(widths, 343, 12, plus)).toEqual({ short: [false, false, true], shown: 3 })
    // 254 wanted with it short; 253: the first (saves 60) too.
    expect(fitKey(widths, 253, 12, plus)).toEqual({ short: [true, false, true], shown: 3 })
    expect(fitKey(widths, 149, 12, plus)).toEqual({ short: [true, true, true], shown: 3 })
  })

  it('short of room even in short words: as many as fit, then "+N"', () => {
    // 40 + 12 + 45 + 12 + 14 = 123 for two shown and "+1".
    expect(fitKey(widths, 148, 12, plus)).toEqual({ short: [true, true, true], shown: 2 })
    expect(fitKey(widths, 123, 12, plus)).toMatchObject({ shown: 2 })
    expect(fitKey(widths, 122, 12, plus)).toMatchObject({ shown: 1 })
    expect(fitKey(widths, 10, 12, plus)).toMatchObject({ shown: 0 })
  })
})

describe('the chart key on a card beside others', () => {
  const key = (width: number | null) =>
    render(
      <ChartLegend
        session
        closed
        events
        previousClose="Previous close"
        place="Dar es Salaam"
        width={width}
      />,
    )

  it('shows short words where the full ones do not fit, the full ones kept for screen readers and in a tooltip', () => {
    key(300)
    const list = screen.getByRole('list', { name: 'Chart key' })
    const closed = within(list).getByTitle('Dar es Salaam closed')
    expect(closed).toHaveTextContent('Closed')
    expect(within(closed).getByText('Dar es Salaam closed')).toHaveClass('sr-only')
    expect(within(list).getAllByRole('listitem')).toHaveLength(4)
  })

  it('names what it leaves out in a "+N" entry, by accessible name and tooltip', () => {
    key(150)
    const list = screen.getByRole('list', { name: 'Chart key' })
    const more = within(list).getByRole('listitem', {
      name: '2 more: Event (markers below), Previous close',
    })
    expect(more).toHaveTextContent('+2')
    expect(more).toHaveAttribute('title', 'Event (markers below); Previous close')
  })

  it('keeps full words before it is measured, and on a card alone', () => {
    key(null)
    expect(screen.getByRole('list', { name: 'Chart key' })).toHaveTextContent(
      'Talks in sessionDar es Salaam closedEvent (markers below)Previous close',
    )
  })
})
