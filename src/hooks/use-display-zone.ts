import { useCallback, useSyncExternalStore } from 'react'
import { isTimeZone, viewerTimeZone } from '../lib/time-zone'
import { useRuntime } from './runtime-context'
import { setSearchParams, useSearchParam } from './use-search-param'

const storageKey = 'ttm.displayZone'
const storageListeners = new Set<() => void>()

function readStored(): string | null {
  try {
    return window.localStorage.getItem(storageKey)
  } catch {
    return null
  }
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
    try {
      window.localStorage.setItem(storageKey, next)
    } catch {
      // storage may be unavailable (private mode, sandboxed iframe): the URL still carries it
    }
    storageListeners.forEach((listener) => listener())
    setSearchParams({ tz: next }, { replace: true })
  }, [])
  return [zone, setZone]
}
