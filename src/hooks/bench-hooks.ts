import type { QueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { rawParam } from './url-params'

/**
 * Hooks for the soak benchmark (scripts/bench/soak.mjs), installed only when the page URL has
 * `?bench`: `window.__ttmRefresh()` refetches every active feed query at once (what the interval
 * and the refresh button do, without waiting), and `window.__ttmRenders` counts the committed
 * renders of each panel. Counting uses an effect, not React's <Profiler>, whose onRender is off in
 * production builds.
 */

declare global {
  interface Window {
    __ttmRefresh?: () => Promise<void>
    __ttmRenders?: Record<string, number>
  }
}

export function installBenchHooks(
  queryClient: QueryClient,
  search: string = window.location.search,
): boolean {
  if (rawParam('bench', search) === null) return false
  window.__ttmRenders = {}
  window.__ttmRefresh = () => queryClient.refetchQueries({ type: 'active' })
  return true
}

/** Counts this component's committed renders under `name` when the bench hooks are installed. */
export function useBenchRenderCount(name: string): void {
  useEffect(() => {
    const renders = window.__ttmRenders
    if (renders) renders[name] = (renders[name] ?? 0) + 1
  })
}
