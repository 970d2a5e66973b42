import { QueryClient } from '@tanstack/react-query'
import { mayAskAgainNow, pollDelayMs, retryDelayMs, shouldRetry } from '../feed/retry-policy'

export function createQueryClient(
  refreshSeconds: number,
  { inBackground = false } = {},
): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Isolated intranets can make browsers believe they are offline: never pause queries.
        networkMode: 'always',
        retry: shouldRetry,
        retryDelay: retryDelayMs,
        // A background tab keeps polling at a quarter of the rate (cheap, still fresh) and catches
        // up at once when shown again (refetchOnWindowFocus); a wall screen polls at full rate.
        refetchInterval: (query) =>
          pollDelayMs(
            !inBackground &&
              typeof document !== 'undefined' &&
              document.visibilityState === 'hidden'
              ? refreshSeconds * 4000
              : refreshSeconds * 1000,
            query.state.error,
          ),
        refetchIntervalInBackground: true,
        staleTime: (refreshSeconds * 1000) / 2,
        refetchOnWindowFocus: mayAskAgainNow,
        refetchOnReconnect: mayAskAgainNow,
        retryOnMount: mayAskAgainNow,
      },
    },
  })
}
