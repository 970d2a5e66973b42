import { useSyncExternalStore } from 'react'
import type { FiredAlert } from './alert-world'

/** Alerts fired in this page, for the toasts: the newest four, each shown until dismissed or aged. */
export type Toast = FiredAlert & { firedAt: number }

const maxToasts = 4
let toasts: readonly Toast[] = []
const listeners = new Set<() => void>()

function set(next: readonly Toast[]) {
  toasts = next
  listeners.forEach((listener) => listener())
}

export function pushToasts(fired: readonly FiredAlert[], firedAt: number) {
  if (fired.length === 0) return
  const known = new Set(toasts.map((t) => t.key))
  const fresh = fired.filter((f) => !known.has(f.key)).map((f) => ({ ...f, firedAt }))
  if (fresh.length > 0) set([...fresh.reverse(), ...toasts].slice(0, maxToasts))
}

export function dismissToast(key: string) {
  set(toasts.filter((t) => t.key !== key))
}

export function clearToasts() {
  set([])
}

export function useToasts(): readonly Toast[] {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => toasts,
    () => toasts,
  )
}
