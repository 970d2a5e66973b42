import { createContext, useContext } from 'react'

/**
 * True where the page shows the market snapshot in a band of its own across the top (the desk and
 * the phone): the markets panel then leaves its own copy out, and its charts start higher.
 */
export const SnapshotInBandContext = createContext(false)

export function useSnapshotInBand(): boolean {
  return useContext(SnapshotInBandContext)
}
