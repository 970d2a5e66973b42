import { QueryClient } from '@tanstack/react-query'
import { FeedError } from '../feed/feed-error'

export const maxRetries = 3

export function retryDelayMs(attempt: number, error: unknown): number {
  if (error instanceof FeedError && error.retryAfterMs !== null) return Math.min(error.retryAfterMs, 60_000)
  return Math.min(1000 * 2 ** attempt, 30_000)
}

export function shouldRetry(failureCount: number, error: unknown): boolean {
  return failureCount < maxRetries && error instanceof FeedError && error.retryable
}

export function createQueryClient(refreshSeconds: number, { inBackground = false } = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Isolated intranets can make browsers believe they are offline: never pause queries.
        networkMode: 'always',
        retry: shouldRetry,
        retryDelay: retryDelayMs,
        // A background tab keeps polling at a quarter of the rate (cheap, still fresh) and catches
        // up at once when shown again (refetchOnWindowFocus); a wall screen polls at full rate.
        refetchInterval: () =>
          !inBackground && typeof document !== 'undefined' && document.visibilityState === 'hidden'
            ? refreshSeconds * 4000
            : refreshSeconds * 1000,
        refetchIntervalInBackground: true,
        staleTime: (refreshSeconds * 1000) / 2,
        refetchOnWindowFocus: true,
      },
    },
  })
}
