import { useMemo, useSyncExternalStore } from 'react'

/**
 * Small JSON values in localStorage, shared by every component that reads the same key, kept in
 * step across tabs (the `storage` event) and surviving reloads. Storage may be unavailable
 * (private mode, a sandboxed iframe): reads then give null and writes last for the page's life.
 */

const listeners = new Map<string, Set<() => void>>()
const memory = new Map<string, string | null>()

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage
  } catch {
    return null
  }
}

export function readStoredRaw(key: string): string | null {
  if (memory.has(key)) return memory.get(key) ?? null
  try {
    return storage()?.getItem(key) ?? null
  } catch {
    return null
  }
}

function notify(key: string) {
  listeners.get(key)?.forEach((listener) => listener())
}

export function readStoredJson(key: string): unknown {
  const raw = readStoredRaw(key)
  if (raw === null) return null
  try {
    return JSON.parse(raw) as unknown
  } catch {
    return null
  }
}

export function writeStoredJson(key: string, value: unknown): void {
  writeStoredRaw(key, value === null ? null : JSON.stringify(value))
}

/** Stores the text as it is (null removes it). */
export function writeStoredRaw(key: string, raw: string | null): void {
  if (raw === readStoredRaw(key)) return
  try {
    const store = storage()
    if (!store) throw new Error('no storage')
    if (raw === null) store.removeItem(key)
    else store.setItem(key, raw)
    memory.delete(key)
  } catch {
    memory.set(key, raw)
  }
  notify(key)
}

let listening = false
function listenToOtherTabs() {
  if (listening || typeof window === 'undefined') return
  listening = true
  window.addEventListener('storage', (event) => {
    if (event.key === null) listeners.forEach((_set, key) => notify(key))
    else notify(event.key)
  })
}

export function subscribeStored(key: string, listener: () => void): () => void {
  listenToOtherTabs()
  let set = listeners.get(key)
  if (!set) listeners.set(key, (set = new Set()))
  set.add(listener)
  return () => {
    set.delete(listener)
  }
}

/**
 * A stored value in a component: `parse` turns the stored JSON (null when absent or unreadable)
 * into the value; it runs again only when the stored text changes. Pass a stable (module-level)
 * `parse`.
 */
export function useStoredJson<T>(key: string, parse: (stored: unknown) => T): T {
  const raw = useStoredRaw(key)
  return useMemo(() => {
    if (raw === null) return parse(null)
    try {
      return parse(JSON.parse(raw) as unknown)
    } catch {
      return parse(null)
    }
  }, [raw, parse])
}

/** The stored text of a key in a component (null when absent), kept in step like useStoredJson. */
export function useStoredRaw(key: string): string | null {
  return useSyncExternalStore(
    (listener) => subscribeStored(key, listener),
    () => readStoredRaw(key),
    () => null,
  )
}
