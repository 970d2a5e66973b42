import { useCallback, useMemo, useSyncExternalStore } from 'react'
import {
  rawParam,
  urlParams,
  writeParams,
  type UrlParamKey,
  type UrlParamValue,
  type UrlUpdates,
} from './url-params'

const listeners = new Set<() => void>()

function subscribe(listener: () => void) {
  listeners.add(listener)
  window.addEventListener('popstate', listener)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('popstate', listener)
  }
}

/** Sets or removes several URL parameters at once, as one history entry (or in place). */
export function setUrlParams(updates: UrlUpdates, { replace = false }: { replace?: boolean } = {}) {
  const url = new URL(window.location.href)
  writeParams(url.searchParams, updates)
  if (url.href === window.location.href) return
  if (replace) window.history.replaceState(window.history.state, '', url)
  else window.history.pushState(window.history.state, '', url)
  listeners.forEach((listener) => listener())
}

/** The current query string, re-rendering when any parameter changes (for links that keep the rest). */
export function useSearchText(): string {
  return useSyncExternalStore(
    subscribe,
    () => window.location.search,
    () => '',
  )
}

/**
 * Some parameters as a query string of their own, re-rendering only when one of them changes. Pass a
 * module-level list of keys; read the values with readParam.
 */
export function useParamsOf(keys: readonly UrlParamKey[]): URLSearchParams {
  const own = useSyncExternalStore(
    subscribe,
    () => {
      const all = new URLSearchParams(window.location.search)
      const names = new Set(keys.map((key) => urlParams[key].name))
      return [...all]
        .filter(([name]) => names.has(name))
        .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`)
        .join('&')
    },
    () => '',
  )
  return useMemo(() => new URLSearchParams(own), [own])
}

/** One parameter as state: its value (null when absent or not understood) and a setter. */
export function useUrlParam<K extends UrlParamKey>(
  key: K,
): [
  UrlParamValue<K> | null,
  (value: UrlParamValue<K> | null, options?: { replace?: boolean }) => void,
] {
  const raw = useSyncExternalStore(
    subscribe,
    () => rawParam(key, window.location.search),
    () => null,
  )
  const value = useMemo(
    () => (raw === null ? null : (urlParams[key].read(raw) as UrlParamValue<K> | null)),
    [key, raw],
  )
  const set = useCallback(
    (next: UrlParamValue<K> | null, options?: { replace?: boolean }) =>
      setUrlParams({ [key]: next } as UrlUpdates, options),
    [key],
  )
  return [value, set]
}
