import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, type RenderOptions } from '@testing-library/react'
import type { ReactElement, ReactNode } from 'react'
import { defaultConfig, type RuntimeConfig } from '../src/config/config-schema'
import { RuntimeContext, type Runtime } from '../src/hooks/runtime-context'
import { ClockOffsetContext } from '../src/hooks/clock-context'
import { createRuntime } from '../src/app/runtime'

export const testPageUrl = 'http://localhost/'

export function testRuntime(overrides: Partial<RuntimeConfig> = {}): Runtime {
  return createRuntime({ ...defaultConfig, ...overrides }, testPageUrl)
}

export function createTestQueryClient() {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, networkMode: 'always', gcTime: Infinity } },
  })
}

type Options = RenderOptions & {
  runtime?: Runtime
  queryClient?: QueryClient
  /** Pin the page clock: the dashboard's "now" (ms since epoch). */
  now?: number
}

/** Renders with a fresh QueryClient (no retries) and the demo feed served by MSW. */
export function renderWithFeed(ui: ReactElement, { runtime = testRuntime(), queryClient = createTestQueryClient(), now, ...options }: Options = {}) {
  const offset = now === undefined ? 0 : now - Date.now()
  function Wrapper({ children }: { children: ReactNode }) {
    return (
      <RuntimeContext value={runtime}>
        <QueryClientProvider client={queryClient}>
          <ClockOffsetContext value={offset}>{children}</ClockOffsetContext>
        </QueryClientProvider>
      </RuntimeContext>
    )
  }
  return { queryClient, runtime, ...render(ui, { wrapper: Wrapper, ...options }) }
}
