import { createContext, useContext } from 'react'

/**
 * A region of the desk that the viewer can fold away: the panel puts a "collapse" button in its
 * header. Absent (a single panel, a phone tab, kiosk), the panel has no such button.
 */
export type RegionControl = { title: string; onCollapse: () => void }

export const RegionControlContext = createContext<RegionControl | null>(null)

export function useRegionControl(): RegionControl | null {
  return useContext(RegionControlContext)
}
