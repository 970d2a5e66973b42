// @vitest-environment node
import { describe, expect, it, vi } from 'vitest'
import { memoizeLast } from '../../src/lib/memoize-last'

describe('memoizeLast', () => {
  it('answers a repeated call with the same arguments from its last result', () => {
    const sum = vi.fn((list: readonly number[], offset: number) =>
      list.reduce((a, b) => a + b, offset),
    )
    const once = memoizeLast(sum)
    const list = [1, 2, 3]
    const first = once(list, 0)
    expect(once(list, 0)).toBe(first)
    expect(sum).toHaveBeenCalledTimes(1)
  })

  it('computes again when any argument is another value or object, equal or not', () => {
    const copy = vi.fn((list: readonly number[], offset: number) => [...list, offset])
    const once = memoizeLast(copy)
    const list = [1, 2]
    once(list, 0)
    expect(once([1, 2], 0)).toEqual([1, 2, 0]) // equal content, another array
    expect(once([1, 2], 1)).toEqual([1, 2, 1])
    expect(copy).toHaveBeenCalledTimes(3)
    // Only the last call is kept.
    once(list, 0)
    expect(copy).toHaveBeenCalledTimes(4)
  })
})
