import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { MoveList } from '../../../src/features/briefing/move-list'
import type { BriefingMoves } from '../../../src/features/briefing/briefing-types'

/** Test data: `count` made-up instruments, "T1" up 1%, "T2" up 2%, and so on. */
function moves(count: number): BriefingMoves {
  return {
    roundName: 'Test round',
    lookedAt: null,
    replay: false,
    rows: Array.from({ length: count }, (_, i) => ({
      id: `t${i + 1}`,
      name: `T${i + 1}`,
      sinceRound: { kind: 'move', value: i + 1, text: `+${i + 1}.00%` },
      sinceLook: { kind: 'none', text: 'first look' },
    })),
  }
}

const moveNames = () =>
  within(screen.getByRole('list', { name: 'Moves' }))
    .getAllByRole('listitem')
    .map((item) => item.textContent?.match(/^T\d+|^\+\d+ more/)?.[0])

describe("the briefing's moves", () => {
  it('lists six instruments whole', () => {
    render(<MoveList moves={moves(6)} />)
    expect(moveNames()).toEqual(['T1', 'T2', 'T3', 'T4', 'T5', 'T6'])
    expect(screen.queryByRole('button')).toBeNull()
  })

  it('keeps twenty to six places, the last opening all twenty', async () => {
    const user = userEvent.setup()
    render(<MoveList moves={moves(20)} />)
    expect(moveNames()).toEqual(['T1', 'T2', 'T3', 'T4', 'T5', '+15 more'])

    await user.click(screen.getByRole('button', { name: '15 more moves: show all 20' }))
    const dialog = screen.getByRole('dialog', { name: 'Market moves: since Test round began' })
    const all = within(within(dialog).getByRole('list', { name: 'All moves' }))
    expect(all.getAllByRole('listitem')).toHaveLength(20)
    expect(all.getByText('T20').parentElement).toHaveTextContent('T20 +20.00%')
  })
})
