import { useCallback } from 'react'
import { useStoredRaw, writeStoredRaw } from '../lib/stored-json'
import { displayZoneOf, displayZoneStorageKey } from '../lib/display-zone-of'
import { noSecondZone } from './url-params'
import { readZone } from './url-values'
import { useRuntime } from './runtime-context'
import { setUrlParams, useUrlParam } from './use-url-param'

const secondStorageKey = 'ttm.secondZone'

/**
 * The zone times are shown in: ?tz= first, then the viewer's last choice (remembered), then the
 * config's default, then the viewer's own zone.
 */
export function useDisplayZone(): [string, (zone: string) => void] {
  const { config } = useRuntime()
  const [fromUrl] = useUrlParam('tz')
  const stored = useStoredRaw(displayZoneStorageKey)
  const zone = displayZoneOf(fromUrl, stored, config.timeZone)
  const setZone = useCallback((next: string) => {
    if (readZone(next) === null) return
    writeStoredRaw(displayZoneStorageKey, next)
    setUrlParams({ tz: next }, { replace: true })
  }, [])
  return [zone, setZone]
}

/**
 * An optional second zone shown beside the display zone (a trader in New York following talks in
 * London): ?tz2= first ("none" turns it off), then the viewer's last choice; null when off.
 */
export function useSecondZone(): [string | null, (zone: string | null) => void] {
  const [fromUrl] = useUrlParam('tz2')
  const stored = useStoredRaw(secondStorageKey)
  const raw = fromUrl ?? stored
  const zone = raw && raw !== noSecondZone ? readZone(raw) : null
  const setZone = useCallback((next: string | null) => {
    if (next !== null && readZone(next) === null) return
    writeStoredRaw(secondStorageKey, next)
    setUrlParams({ tz2: next }, { replace: true })
  }, [])
  return [zone, setZone]
}
