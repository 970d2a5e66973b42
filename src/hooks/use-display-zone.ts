import { useCallback, useSyncExternalStore } from 'react'
import { isTimeZone, viewerTimeZone } from '../lib/time-zone'
import { useRuntime } from './runtime-context'
import { setSearchParams, useSearchParam } from './use-search-param'

const storageKey = 'ttm.displayZone'
const secondStorageKey = 'ttm.secondZone'
const storageListeners = new Set<() => void>()

function readKey(key: string): string | null {
  try {
    return window.localStorage.getItem(key)
  } catch {
    return null
  }
}

const readStored = () => readKey(storageKey)
const readStoredSecond = () => readKey(secondStorageKey)

function writeKey(key: string, value: string | null) {
  try {
    if (value === null) window.localStorage.removeItem(key)
    else window.localStorage.setItem(key, value)
  } catch {
    // storage may be unavailable (private mode, sandboxed iframe): the URL still carries it
  }
  storageListeners.forEach((listener) => listener())
}

function subscribeStorage(listener: () => void) {
  storageListeners.add(listener)
  return () => storageListeners.delete(listener)
}

/**
 * The zone times are shown in: ?tz= first, then the viewer's last choice (remembered), then the
 * config's default, then the viewer's own zone.
 */
export function useDisplayZone(): [string, (zone: string) => void] {
  const { config } = useRuntime()
  const [fromUrl] = useSearchParam('tz')
  const stored = useSyncExternalStore(subscribeStorage, readStored, () => null)
  const candidates = [fromUrl, stored, config.timeZone === 'local' ? null : config.timeZone]
  const zone = candidates.find((z): z is string => !!z && isTimeZone(z)) ?? viewerTimeZone()
  const setZone = useCallback((next: string) => {
    if (!isTimeZone(next)) return
    writeKey(storageKey, next)
    setSearchParams({ tz: next }, { replace: true })
  }, [])
  return [zone, setZone]
}

/** The value of ?tz2= that turns the second zone off even when one is remembered. */
export const noSecondZone = 'none'

/**
 * An optional second zone shown beside the display zone (a trader in New York following talks in
 * London): ?tz2= first ("none" turns it off), then the viewer's last choice; null when off.
 */
export function useSecondZone(): [string | null, (zone: string | null) => void] {
  const [fromUrl] = useSearchParam('tz2')
  const stored = useSyncExternalStore(subscribeStorage, readStoredSecond, () => null)
  const raw = fromUrl ?? stored
  const zone = raw && raw !== noSecondZone && isTimeZone(raw) ? raw : null
  const setZone = useCallback((next: string | null) => {
    if (next !== null && !isTimeZone(next)) return
    writeKey(secondStorageKey, next)
    setSearchParams({ tz2: next ?? null }, { replace: true })
  }, [])
  return [zone, setZone]
}
