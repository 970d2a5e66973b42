import { useSearchParam } from './use-search-param'

/** ?density=compact: one-line quote rows and folded filters. The parameter is declared here only. */
export const densityParam = 'density'
export const densities = ['comfortable', 'compact'] as const
export type Density = (typeof densities)[number]

export function parseDensity(value: string | null): Density | null {
  return densities.find((d) => d === value) ?? null
}

/** The page's density from the URL (comfortable unless it says compact), and its setter. */
export function useDensity(): [Density, (next: Density) => void] {
  const [value, set] = useSearchParam(densityParam)
  const density = parseDensity(value) ?? 'comfortable'
  return [density, (next) => set(next === 'comfortable' ? null : next, true)]
}
