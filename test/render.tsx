import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, type RenderOptions } from '@testing-library/react'
import type { ReactElement, ReactNode } from 'react'
import { defaultConfig, type RuntimeConfig } from '../src/config/config-schema'
import { RuntimeContext, type Runtime } from '../src/hooks/runtime-context'
import { ClockContext, wallClock } from '../src/hooks/clock-context'
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
export function renderWithFeed(
  ui: ReactElement,
  { runtime = testRuntime(), queryClient = createTestQueryClient(), now, ...options }: Options = {},
) {
  // The page clock starts at `now` when rendered and runs on in (possibly fake) real time.
  const clock = now === undefined ? wallClock : { anchorNow: now, anchorWall: Date.now(), rate: 1 }
  function Wrapper({ children }: { children: ReactNode }) {
    return (
      <RuntimeContext value={runtime}>
        <QueryClientProvider client={queryClient}>
          <ClockContext value={clock}>{children}</ClockContext>
        </QueryClientProvider>
      </RuntimeContext>
    )
  }
  return { queryClient, runtime, ...render(ui, { wrapper: Wrapper, ...options }) }
}
