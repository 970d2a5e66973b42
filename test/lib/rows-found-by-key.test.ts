import { Virtualizer } from '@tanstack/react-virtual'
import { afterEach, describe, expect, it } from 'vitest'
import { findRowsByKey } from '../../src/lib/rows-found-by-key'

// The moment a time-sliced render leaves behind: the virtualizer already holds the list's new
// rows (a quote marker put before 'b'), the DOM still the rows last committed.
const committed = ['a', 'b', 'c']
const rendering = ['a', 'quote-1', 'b', 'c']
const drawnHeight: Record<string, number> = { a: 40, b: 160, c: 30, 'quote-1': 25 }

function listUnderWay() {
  const noop = () => undefined
  const list = new Virtualizer<HTMLDivElement, Element>({
    count: rendering.length,
    getItemKey: (index) => rendering[index] ?? index,
    estimateSize: () => 20,
    getScrollElement: () => null,
    observeElementRect: noop,
    observeElementOffset: noop,
    scrollToFn: noop,
    measureElement: (element) => drawnHeight[(element as HTMLElement).dataset.key ?? ''] ?? 0,
  })
  list.getTotalSize() // as the render under way has laid the rows out
  return list
}

function committedRow(key: string, key2?: string) {
  const row = document.createElement('li')
  row.dataset.index = String(committed.indexOf(key))
  row.dataset.key = key2 ?? key
  document.body.append(row)
  return row
}

afterEach(() => document.body.replaceChildren())

describe('a virtual list measuring its rows while a render of new rows is under way', () => {
  it('keeps each row’s height under its own key, not under the row now at its old index', () => {
    const list = listUnderWay()
    findRowsByKey(list)
    list.measureElement(committedRow('b'))
    expect(Object.fromEntries(list.itemSizeCache)).toEqual({ b: 160 })
    expect(list.getTotalSize()).toBe(20 + 20 + 160 + 20)
  })

  it('measures nothing for a row the new list no longer has', () => {
    const list = listUnderWay()
    findRowsByKey(list)
    list.measureElement(committedRow('c', 'gone'))
    expect(list.itemSizeCache.size).toBe(0)
    expect(list.getTotalSize()).toBe(4 * 20)
  })
})
