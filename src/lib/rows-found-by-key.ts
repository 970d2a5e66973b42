import type { Virtualizer } from '@tanstack/react-virtual'

type Keyed = { getItemKey: (index: number) => unknown; count: number; indexOf: Map<string, number> }

const patched = new WeakSet<object>()

/**
 * Makes a virtual list find a measured row by its own key (`data-key`) rather than by its
 * `data-index`. The virtualizer takes its options in render, so while a time-sliced render of a
 * changed list is under way it already holds the new rows, and the DOM still the old ones: a row
 * measured then by its index (the next frame's measure, a ResizeObserver entry) had its size put
 * under another row's key, and rows overlapped until the list was scrolled away and back.
 */
export function findRowsByKey<S extends Element>(instance: Virtualizer<S, Element>): void {
  if (patched.has(instance)) return
  patched.add(instance)
  const byIndex = instance.indexFromElement
  let keyed: Keyed | null = null
  instance.indexFromElement = (node) => {
    const key = node instanceof HTMLElement ? node.dataset.key : undefined
    if (key === undefined) return byIndex(node)
    const { getItemKey, count } = instance.options
    const atIndex = byIndex(node)
    if (atIndex >= 0 && atIndex < count && String(getItemKey(atIndex)) === key) return atIndex
    if (keyed?.getItemKey !== getItemKey || keyed.count !== count) {
      const indexOf = new Map<string, number>()
      for (let i = 0; i < count; i++) indexOf.set(String(getItemKey(i)), i)
      keyed = { getItemKey, count, indexOf }
    }
    return keyed.indexOf.get(key) ?? -1
  }
}
