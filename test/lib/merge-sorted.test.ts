import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { inOrder, mergeSorted } from '../../src/lib/merge-sorted'

type Item = { key: number; name: string }
const byKey = (a: Item, b: Item) => a.key - b.key
const items = (prefix: string) =>
  fc
    .array(fc.integer({ min: 0, max: 4 }), { maxLength: 15 })
    .map((keys) => keys.map((key, i) => ({ key, name: `${prefix}${i}` })))
const stableSort = (list: readonly Item[]) =>
  list
    .map((item, i) => ({ item, i }))
    .sort((a, b) => byKey(a.item, b.item) || a.i - b.i)
    .map(({ item }) => item.name)

describe('lists in order', () => {
  it('inOrder gives a stable sort’s order, whether the list is in order, reversed or mixed', () => {
    fc.assert(
      fc.property(items('a'), fc.constantFrom('as is', 'sorted', 'reversed'), (list, shape) => {
        const given =
          shape === 'as is'
            ? list
            : shape === 'sorted'
              ? [...list].sort(byKey)
              : [...list].sort(byKey).reverse()
        const result = inOrder(given, byKey)
        expect(result.map((i) => i.name)).toEqual(stableSort(given))
        expect(result).not.toBe(given)
      }),
    )
  })

  it('mergeSorted of two ordered lists is the stable sort of the first then the second', () => {
    fc.assert(
      fc.property(items('a'), items('b'), (first, second) => {
        const a = inOrder(first, byKey)
        const b = inOrder(second, byKey)
        expect(mergeSorted(a, b, byKey).map((i) => i.name)).toEqual(stableSort([...a, ...b]))
      }),
    )
  })
})
