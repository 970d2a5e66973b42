import { FeedError } from './feed-error'

/** Retries after a failure: network trouble, timeouts, 5xx and 429, with backoff or Retry-After. */
export const maxRetries = 3

export function retryDelayMs(attempt: number, error: unknown): number {
  if (error instanceof FeedError && error.retryAfterMs !== null) return Math.min(error.retryAfterMs, 60_000)
  return Math.min(1000 * 2 ** attempt, 30_000)
}

export function shouldRetry(failureCount: number, error: unknown): boolean {
  return failureCount < maxRetries && error instanceof FeedError && error.retryable
}
