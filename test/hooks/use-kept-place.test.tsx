import { renderHook } from '@testing-library/react'
import type { Virtualizer } from '@tanstack/react-virtual'
import { describe, expect, it, vi } from 'vitest'
import { useKeptPlace } from '../../src/hooks/use-kept-place'

type Row = { key: string; start: number; size: number }

/** A virtualizer over rows of the given sizes, scrolled to `offset`, with a 300 px view. */
function fakeList(sizes: readonly [string, number][], offset: number) {
  const list = {
    rows: [] as Row[],
    scrollOffset: offset,
    scrollElement: { scrollTop: offset },
    scrollRect: { height: 300, width: 400 },
    scrollToOffset: vi.fn(),
    getVirtualItems: () => list.rows.map((row) => ({ ...row, end: row.start + row.size })),
    get measurementsCache() {
      return list.getVirtualItems()
    },
    lay(next: readonly [string, number][]) {
      let start = 0
      list.rows = next.map(([key, size]) => {
        const row = { key, start, size }
        start += size
        return row
      })
    },
  }
  list.lay(sizes)
  return list
}

const asVirtualizer = (list: ReturnType<typeof fakeList>) =>
  list as unknown as Virtualizer<HTMLDivElement, Element>

const before: [string, number][] = [
  ['a', 100],
  ['b', 100],
  ['now', 40],
  ['c', 100],
]
const withNewRow: [string, number][] = [['new', 120], ...before]

describe('useKeptPlace', () => {
  it('puts the now line back where it was when a refresh adds a row above it', () => {
    const list = fakeList(before, 50)
    const { rerender } = renderHook(
      ({ rows }) => useKeptPlace(asVirtualizer(list), rows, 'view', 'now'),
      { initialProps: { rows: before as unknown[] } },
    )
    list.lay(withNewRow)
    rerender({ rows: withNewRow })
    // The line started at 200 with the view at 50; it starts at 320 now, so the view goes to 170.
    expect(list.scrollToOffset).toHaveBeenCalledWith(170)
  })

  it('leaves a scroll made in the same commit alone (the list opened at now), not undoing it', () => {
    const list = fakeList(before, 50)
    const { rerender } = renderHook(
      ({ rows }) => useKeptPlace(asVirtualizer(list), rows, 'view', 'now'),
      { initialProps: { rows: before as unknown[] } },
    )
    list.lay(withNewRow)
    // Scrolled by the page before this hook ran; the virtualizer reads it with the scroll event.
    list.scrollElement.scrollTop = 260
    rerender({ rows: withNewRow })
    expect(list.scrollToOffset).not.toHaveBeenCalled()
  })

  it('does not hold the place across what the reader asked for (another view)', () => {
    const list = fakeList(before, 50)
    const { rerender } = renderHook(
      ({ rows, view }) => useKeptPlace(asVirtualizer(list), rows, view, 'now'),
      { initialProps: { rows: before as unknown[], view: 'oldest first' } },
    )
    list.lay(withNewRow)
    rerender({ rows: withNewRow, view: 'newest first' })
    expect(list.scrollToOffset).not.toHaveBeenCalled()
  })
})
