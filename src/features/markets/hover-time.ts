import { useSyncExternalStore } from 'react'

/** The time hovered in any market panel (ms), shared so every panel reads the same moment. */
let hovered: number | null = null
const listeners = new Set<() => void>()

export function setHoverTime(t: number | null) {
  if (t === hovered) return
  hovered = t
  listeners.forEach((listener) => listener())
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function useHoverTime(): number | null {
  return useSyncExternalStore(
    subscribe,
    () => hovered,
    () => null,
  )
}
