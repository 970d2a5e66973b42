import { FeedError } from './feed-error'

/** Retries after a failure: network trouble, timeouts, 5xx and 429, with backoff or Retry-After. */
export const maxRetries = 3

export function retryDelayMs(attempt: number, error: unknown): number {
  if (error instanceof FeedError && error.retryAfterMs !== null)
    return Math.min(error.retryAfterMs, 60_000)
  return Math.min(1000 * 2 ** attempt, 30_000)
}

export function shouldRetry(failureCount: number, error: unknown): boolean {
  return failureCount < maxRetries && error instanceof FeedError && error.retryable
}

/**
 * A resource refused as too large is polled at most every 10 minutes (not on every refresh) until
 * it comes back readable: each poll costs its headers, never its body.
 */
export const tooLargePollMs = 10 * 60_000

const isTooLarge = (error: unknown) => error instanceof FeedError && error.kind === 'too-large'

export function pollDelayMs(intervalMs: number, error: unknown): number {
  return isTooLarge(error) ? Math.max(intervalMs, tooLargePollMs) : intervalMs
}

/**
 * Whether a panel mounting later (or the window regaining focus) may ask again at once: not for a
 * resource refused as too large, which waits for its 10-minute poll or the viewer's Retry.
 */
export function mayAskAgainNow(query: { state: { error: unknown } }): boolean {
  return !isTooLarge(query.state.error)
}
