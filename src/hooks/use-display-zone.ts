import { useCallback } from 'react'
import { useStoredRaw, writeStoredRaw } from '../lib/stored-json'
import { isTimeZone, viewerTimeZone } from '../lib/time-zone'
import { useRuntime } from './runtime-context'
import { setSearchParams, useSearchParam } from './use-search-param'

const storageKey = 'ttm.displayZone'
const secondStorageKey = 'ttm.secondZone'

/**
 * The zone times are shown in: ?tz= first, then the viewer's last choice (remembered), then the
 * config's default, then the viewer's own zone.
 */
export function useDisplayZone(): [string, (zone: string) => void] {
  const { config } = useRuntime()
  const [fromUrl] = useSearchParam('tz')
  const stored = useStoredRaw(storageKey)
  const candidates = [fromUrl, stored, config.timeZone === 'local' ? null : config.timeZone]
  const zone = candidates.find((z): z is string => !!z && isTimeZone(z)) ?? viewerTimeZone()
  const setZone = useCallback((next: string) => {
    if (!isTimeZone(next)) return
    writeStoredRaw(storageKey, next)
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
  const stored = useStoredRaw(secondStorageKey)
  const raw = fromUrl ?? stored
  const zone = raw && raw !== noSecondZone && isTimeZone(raw) ? raw : null
  const setZone = useCallback((next: string | null) => {
    if (next !== null && !isTimeZone(next)) return
    writeStoredRaw(secondStorageKey, next)
    setSearchParams({ tz2: next ?? null }, { replace: true })
  }, [])
  return [zone, setZone]
}
