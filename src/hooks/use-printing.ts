import { flushSync } from 'react-dom'
import { useSyncExternalStore } from 'react'

let printing = false
const listeners = new Set<() => void>()

function setPrinting(value: boolean) {
  if (printing === value) return
  printing = value
  // Before the browser lays the page out for print: the lists render in full first.
  flushSync(() => listeners.forEach((listener) => listener()))
}

/** Calls `listener` when printing starts or ends; returns the unsubscribe. */
export function subscribePrinting(listener: () => void) {
  if (listeners.size === 0) {
    window.addEventListener('beforeprint', onBeforePrint)
    window.addEventListener('afterprint', onAfterPrint)
  }
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
    if (listeners.size === 0) {
      window.removeEventListener('beforeprint', onBeforePrint)
      window.removeEventListener('afterprint', onAfterPrint)
    }
  }
}
const onBeforePrint = () => setPrinting(true)
const onAfterPrint = () => setPrinting(false)

/** Whether the page is being printed (between beforeprint and afterprint). */
export function isPrinting(): boolean {
  return printing
}

/**
 * Whether the page is being printed: virtualized lists then render every row (to a cap), as the
 * paper has no scroll to bring the rest in.
 */
export function usePrinting(): boolean {
  return useSyncExternalStore(subscribePrinting, isPrinting, () => false)
}

/** Rows a virtualized list renders for print: the first `printedRowsCap`, all of a shorter list. */
export const printedRowsCap = 500

/** The range extractor of a list being printed: its first rows, up to the cap, whatever is in view. */
export function printedRange(range: { count: number }): number[] {
  return Array.from({ length: Math.min(range.count, printedRowsCap) }, (_, i) => i)
}
