import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { MoveCell } from '../../../src/features/markets/reaction-move-cell'
import { computeReaction } from '../../../src/features/markets/reaction'
import { dailyCloses, ny, testStock } from './daily-series'

/** Test data: a New York stock's daily closes, and moves sized just either side of 2 sigma. */
const stock = testStock('AAA')
const reaction = computeReaction(
  stock,
  dailyCloses('2025-03-03', '2025-06-27'),
  ny('2025-06-09', '12:00'),
)

function cell(z: number) {
  const move = { at: 0, move: 1.5, sigma: { n: 60, sd: 1.5 / z, z, smallest: false } }
  return (
    <table>
      <tbody>
        <tr>
          <MoveCell move={move} reaction={reaction} instrument={stock} illustrative={false} />
        </tr>
      </tbody>
    </table>
  )
}

describe('a move’s size in sigma at the “unusual” threshold', () => {
  it('never shows the same figure for an unusual move and an ordinary one', () => {
    const { rerender } = render(cell(2.04))
    expect(screen.getByRole('cell')).toHaveTextContent('(2.04 sigma, unusual)')
    rerender(cell(1.96))
    expect(screen.getByRole('cell')).toHaveTextContent('(2.0 sigma)')
    rerender(cell(2.4))
    expect(screen.getByRole('cell')).toHaveTextContent('(2.4 sigma, unusual)')
  })
})
