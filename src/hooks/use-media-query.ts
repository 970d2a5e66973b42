import { useCallback, useSyncExternalStore } from 'react'
import { isPrinting, subscribePrinting } from './use-printing'

/** Each query's answer on screen, kept while the page is printed. */
const onScreen = new Map<string, boolean>()

/**
 * Whether a media query matches, read during render (no effect): the first paint already has the
 * right layout. Where the browser has no matchMedia (a test DOM) the answer is `fallback`. While
 * the page is printed, the answer on screen: the paper's width would otherwise turn a desk into
 * tabs, remounting every region, for the print alone.
 */
export function useMediaQuery(query: string, fallback = true): boolean {
  const subscribe = useCallback(
    (listener: () => void) => {
      if (typeof window.matchMedia !== 'function') return () => {}
      const list = window.matchMedia(query)
      list.addEventListener('change', listener)
      const unsubscribe = subscribePrinting(listener)
      return () => {
        list.removeEventListener('change', listener)
        unsubscribe()
      }
    },
    [query],
  )
  const matches = () => {
    if (typeof window.matchMedia !== 'function') return fallback
    const kept = onScreen.get(query)
    if (isPrinting() && kept !== undefined) return kept
    const value = window.matchMedia(query).matches
    onScreen.set(query, value)
    return value
  }
  return useSyncExternalStore(subscribe, matches, () => fallback)
}
