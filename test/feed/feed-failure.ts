import { expect } from 'vitest'
import { FeedError } from '../../src/feed/feed-error'

/** The FeedError a feed call rejects with (the test fails if it resolves or throws another error). */
export async function failure(promise: Promise<unknown>): Promise<FeedError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(FeedError)
  return error as FeedError
}
