import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { MoveList } from '../../../src/features/briefing/move-list'
import type { BriefingMoves } from '../../../src/features/briefing/briefing-types'

/** Test data: `count` made-up instruments, "T1" up 1%, "T2" up 2%, and so on. */
function moves(count: number): BriefingMoves {
  return {
    roundName: 'Test round',
    lookedAt: null,
    unchangedSince: null,
    replay: false,
    rows: Array.from({ length: count }, (_, i) => ({
      id: `t${i + 1}`,
      name: `T${i + 1}`,
      illustrative: false,
      sinceRound: { kind: 'move', value: i + 1, text: `+${i + 1}.00%` },
      sinceLook: { kind: 'none', text: 'first look' },
    })),
  }
}

/** Test data: six instruments with no prices in the round, the last `loadingCount` still loading. */
function absent(loadingCount: number): BriefingMoves {
  const none = (text: string) => ({ kind: 'none' as const, text })
  const base = moves(6)
  return {
    ...base,
    rows: base.rows.map((row, i) => {
      const text = i >= 6 - loadingCount ? 'loading' : 'no prices in the round'
      return { ...row, sinceRound: none(text), sinceLook: none(text) }
    }),
  }
}

afterEach(() => vi.useRealTimers())

const moveNames = () =>
  within(screen.getByRole('list', { name: 'Moves' }))
    .getAllByRole('listitem')
    .map((item) => item.textContent?.match(/^T\d+|^\+\d+ more/)?.[0])

describe("the briefing's moves", () => {
  it('says when a series that begins after the round did has its first price', () => {
    const late = moves(2)
    late.rows[1] = {
      ...late.rows[1]!,
      sinceRound: {
        kind: 'none',
        text: 'no price at the round’s start',
        detail: 'its prices begin Mon 9 Jun, 14:30 BST',
      },
    }
    render(<MoveList moves={late} oneLine={false} />)
    const absence = screen.getByText('no price at the round’s start')
    expect(absence).toHaveTextContent('no price at the round’s start: its prices begin Mon 9 Jun')
    expect(absence.title).toMatch(/^no price at the round’s start: its prices begin Mon 9 Jun/)
  })

  it('lists six instruments whole', () => {
    render(<MoveList moves={moves(6)} oneLine={false} />)
    expect(moveNames()).toEqual(['T1', 'T2', 'T3', 'T4', 'T5', 'T6'])
    expect(screen.queryByRole('button')).toBeNull()
  })

  it('keeps twenty to six places on screen, the last opening all twenty; on paper names all', async () => {
    const user = userEvent.setup()
    const { unmount } = render(<MoveList moves={moves(20)} oneLine={false} />)
    expect(moveNames()).toHaveLength(20)
    unmount()
    render(<MoveList moves={moves(20)} oneLine />)
    expect(moveNames()).toEqual(['T1', 'T2', 'T3', 'T4', 'T5', '+15 more'])

    await user.click(screen.getByRole('button', { name: '15 more moves: show all 20' }))
    const dialog = screen.getByRole('dialog', { name: 'Market moves: since Test round began' })
    const all = within(within(dialog).getByRole('list', { name: 'All moves' }))
    expect(all.getAllByRole('listitem')).toHaveLength(20)
    expect(all.getByText('T20').parentElement).toHaveTextContent('T20 +20.00%')
  })

  it('says loading on every row until the last one has its figure, then the shared absence once', () => {
    const { rerender } = render(<MoveList moves={absent(1)} oneLine={false} />)
    const list = screen.getByRole('list', { name: 'Moves' })
    expect(within(list).getAllByText('loading')).toHaveLength(6)
    expect(list).not.toHaveTextContent('no prices')

    rerender(<MoveList moves={absent(0)} oneLine={false} />)
    expect(screen.queryByRole('list', { name: 'Moves' })).toBeNull()
    expect(screen.getByText('(all 6 instruments)')).toBeInTheDocument()
  })

  it('shows the rows that have their figures after 1.5 s while one still loads', () => {
    vi.useFakeTimers()
    render(<MoveList moves={absent(1)} oneLine={false} />)
    act(() => vi.advanceTimersByTime(1499))
    expect(screen.queryByText('no prices in the round')).toBeNull()
    act(() => vi.advanceTimersByTime(1))
    expect(screen.getAllByText('no prices in the round')).toHaveLength(5)
    expect(screen.getAllByText('loading')).toHaveLength(1)
  })
})

describe('moves read from illustrative paths', () => {
  it('are marked on their row, or once after the rows when every row is one', async () => {
    const mixed = moves(3)
    mixed.rows[1] = { ...mixed.rows[1]!, illustrative: true }
    const { unmount } = render(<MoveList moves={mixed} oneLine={false} />)
    const rows = within(screen.getByRole('list', { name: 'Moves' })).getAllByRole('listitem')
    expect(rows[1]).toHaveTextContent(/T2 \+2\.00%.*\(illustrative path, not real prices\)/)
    expect(rows[0]).not.toHaveTextContent(/illus/)
    expect(screen.getByText('Since Test round began:')).toBeInTheDocument()
    unmount()

    const all = moves(3)
    all.rows = all.rows.map((row) => ({ ...row, illustrative: true }))
    render(<MoveList moves={all} oneLine={false} />)
    expect(screen.getByText('Since Test round began:')).toBeInTheDocument()
    const items = within(screen.getByRole('list', { name: 'Moves' })).getAllByRole('listitem')
    expect(items.slice(0, 3).map((item) => item.textContent)).toEqual([
      'T1 +1.00% since the round began',
      'T2 +2.00% since the round began',
      'T3 +3.00% since the round began',
    ])
    expect(items[3]).toHaveTextContent(/^illus\. \(illustrative paths, not real prices\)$/)
  })
})
