import { useCallback, useSyncExternalStore } from 'react'

const listeners = new Set<() => void>()

function subscribe(listener: () => void) {
  listeners.add(listener)
  window.addEventListener('popstate', listener)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('popstate', listener)
  }
}

function currentSearch() {
  return window.location.search
}

/** Sets or removes several URL parameters at once, as one history entry. */
export function setSearchParams(
  updates: Record<string, string | null>,
  { replace = false }: { replace?: boolean } = {},
) {
  const url = new URL(window.location.href)
  for (const [key, value] of Object.entries(updates)) {
    if (value === null || value === '') url.searchParams.delete(key)
    else url.searchParams.set(key, value)
  }
  if (url.href === window.location.href) return
  if (replace) window.history.replaceState(window.history.state, '', url)
  else window.history.pushState(window.history.state, '', url)
  listeners.forEach((listener) => listener())
}

/** The whole query string, re-rendering when it changes. */
export function useSearch(): URLSearchParams {
  const search = useSyncExternalStore(subscribe, currentSearch, () => '')
  return new URLSearchParams(search)
}

/** One URL parameter as state: a link reproduces the view. */
export function useSearchParam(key: string): [string | null, (value: string | null, replace?: boolean) => void] {
  const search = useSyncExternalStore(subscribe, currentSearch, () => '')
  const value = new URLSearchParams(search).get(key)
  const set = useCallback(
    (next: string | null, replace = false) => setSearchParams({ [key]: next }, { replace }),
    [key],
  )
  return [value, set]
}
