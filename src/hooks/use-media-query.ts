import { useCallback, useSyncExternalStore } from 'react'

/**
 * Whether a media query matches, read during render (no effect): the first paint already has the
 * right layout. Where the browser has no matchMedia (a test DOM) the answer is `fallback`.
 */
export function useMediaQuery(query: string, fallback = true): boolean {
  const subscribe = useCallback(
    (listener: () => void) => {
      if (typeof window.matchMedia !== 'function') return () => {}
      const list = window.matchMedia(query)
      list.addEventListener('change', listener)
      return () => list.removeEventListener('change', listener)
    },
    [query],
  )
  const matches = () =>
    typeof window.matchMedia === 'function' ? window.matchMedia(query).matches : fallback
  return useSyncExternalStore(subscribe, matches, () => fallback)
}
