import { useSyncExternalStore } from 'react'
import type { FiredAlert } from './alert-world'

/**
 * What the alerts tell in this page, for the toasts: an alert fired, or a notice about an alert (it
 * went dead); the newest four of each kind (a burst of alerts never pushes a notice out), each
 * shown until dismissed.
 */
export type Toast = FiredAlert & { firedAt: number; kind: 'fired' | 'notice' }

const maxToasts = 4
let toasts: readonly Toast[] = []
const listeners = new Set<() => void>()

function set(next: readonly Toast[]) {
  toasts = next
  listeners.forEach((listener) => listener())
}

function push(items: readonly FiredAlert[], firedAt: number, kind: Toast['kind']) {
  if (items.length === 0) return
  const known = new Set(toasts.map((t) => t.key))
  const fresh = items.filter((f) => !known.has(f.key)).map((f) => ({ ...f, firedAt, kind }))
  if (fresh.length > 0) set(newestOfEachKind([...fresh.reverse(), ...toasts]))
}

function newestOfEachKind(newestFirst: readonly Toast[]): Toast[] {
  const counts = { fired: 0, notice: 0 }
  return newestFirst.filter((toast) => ++counts[toast.kind] <= maxToasts)
}

export const pushToasts = (fired: readonly FiredAlert[], firedAt: number) =>
  push(fired, firedAt, 'fired')

/** Notices: told apart from alerts fired, never with a tone or a browser notification. */
export const pushNotices = (notices: readonly FiredAlert[], at: number) =>
  push(notices, at, 'notice')

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
