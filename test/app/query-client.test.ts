import { focusManager, QueryObserver } from '@tanstack/react-query'
import { describe, expect, it, vi } from 'vitest'
import { createQueryClient } from '../../src/app/query-client'
import { maxRetries, retryDelayMs, shouldRetry, tooLargePollMs } from '../../src/feed/retry-policy'
import { FeedError } from '../../src/feed/feed-error'

const http = (status: number) => new FeedError('http', 'x.json', `HTTP ${status}`, { status })

describe('the query client', () => {
  it('never pauses queries for a browser that believes it is offline, and polls at the configured interval', () => {
    const options = createQueryClient(20).getDefaultOptions().queries!
    expect(options.networkMode).toBe('always')
    expect(
      typeof options.refetchInterval === 'function'
        ? options.refetchInterval({ state: { error: null } } as never)
        : options.refetchInterval,
    ).toBe(20_000)
  })

  it('retries network errors, timeouts, 5xx and 429, up to the limit', () => {
    for (const error of [
      new FeedError('network', 'x', 'x'),
      new FeedError('timeout', 'x', 'x'),
      http(500),
      http(503),
      http(429),
    ]) {
      expect(shouldRetry(0, error)).toBe(true)
      expect(shouldRetry(maxRetries, error)).toBe(false)
    }
  })

  it('does not retry other 4xx or invalid data', () => {
    for (const error of [
      http(404),
      http(401),
      new FeedError('invalid', 'x', 'x'),
      new FeedError('error-page', 'x', 'x'),
      new Error('boom'),
    ]) {
      expect(shouldRetry(0, error)).toBe(false)
    }
  })

  it('backs off exponentially and honours Retry-After', () => {
    expect([0, 1, 2].map((n) => retryDelayMs(n, http(500)))).toEqual([1000, 2000, 4000])
    expect(
      retryDelayMs(0, new FeedError('http', 'x', 'x', { status: 503, retryAfterMs: 7000 })),
    ).toBe(7000)
  })

  it('polls a resource refused as too large every 10 minutes, not at every refresh, until it is readable', () => {
    const interval = createQueryClient(20, { inBackground: true }).getDefaultOptions().queries!
      .refetchInterval
    const after = (error: unknown) =>
      typeof interval === 'function' ? interval({ state: { error } } as never) : interval
    expect(
      after(new FeedError('too-large', 'quotes.json', 'quotes.json is larger than 5 MB')),
    ).toBe(tooLargePollMs)
    expect(after(http(500))).toBe(20_000)
    expect(after(null)).toBe(20_000)
  })
})

describe('a resource refused as too large', () => {
  const tooLarge = () => new FeedError('too-large', 'series/spx.json', 'larger than 5 MB')

  async function refusedQuery() {
    const client = createQueryClient(20)
    let requests = 0
    const options = {
      queryKey: ['series', 'spx'],
      queryFn: () => {
        requests += 1
        return Promise.reject(tooLarge())
      },
    }
    const first = new QueryObserver(client, options)
    const unsubscribe = first.subscribe(() => undefined)
    await vi.waitFor(() => expect(first.getCurrentResult().isError).toBe(true))
    return { client, options, requests: () => requests, unsubscribe }
  }

  it('is not asked again when another panel showing it mounts, or the window regains focus', async () => {
    const { client, options, requests, unsubscribe } = await refusedQuery()
    const second = new QueryObserver(client, options)
    const stop = second.subscribe(() => undefined)
    focusManager.setFocused(false)
    focusManager.setFocused(true)
    expect(second.getCurrentResult().fetchStatus).toBe('idle')
    expect(second.getCurrentResult().error?.message).toContain('larger than 5 MB')
    expect(requests()).toBe(1)
    stop()
    unsubscribe()
    client.clear()
  })

  it('is asked again at once when the viewer presses Retry', async () => {
    const { client, options, requests, unsubscribe } = await refusedQuery()
    await new QueryObserver(client, options).refetch()
    expect(requests()).toBe(2)
    unsubscribe()
    client.clear()
  })
})
