import { useCallback } from 'react'
import type { Density } from './url-params'
import { useUrlParam } from './use-url-param'

/** The page's density (?density=compact: one-line quote rows and folded filters), and its setter. */
export function useDensity(): [Density, (next: Density) => void] {
  const [density, set] = useUrlParam('density')
  const change = useCallback(
    (next: Density) => set(next === 'comfortable' ? null : next, { replace: true }),
    [set],
  )
  return [density ?? 'comfortable', change]
}
