import { createContext, useContext } from 'react'
import type { RuntimeConfig } from '../config/config-schema'

export type Runtime = {
  config: RuntimeConfig
  /** Base URL every feed path is resolved against (ends with "/"). */
  feedBaseUrl: string
  demo: boolean
}

export const RuntimeContext = createContext<Runtime | null>(null)

export function useRuntime(): Runtime {
  const runtime = useContext(RuntimeContext)
  if (!runtime) throw new Error('useRuntime must be used inside <RuntimeContext>')
  return runtime
}
