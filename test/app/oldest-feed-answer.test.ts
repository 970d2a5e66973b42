import { QueryClient, QueryObserver } from '@tanstack/react-query'
import { afterEach, describe, expect, it } from 'vitest'
import { oldestFeedAnswer } from '../../src/app/oldest-feed-answer'

const feed = 'https://feeds.example.test/talks/'
const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
const watchers: (() => void)[] = []

/** A query the page shows (an active observer), settled with `answer`. */
async function shown(key: string, answer: () => Promise<unknown>, enabled = true) {
  const observer = new QueryObserver(client, {
    queryKey: ['feed', feed, key],
    queryFn: answer,
    enabled,
  })
  watchers.push(observer.subscribe(() => undefined))
  if (enabled) await client.fetchQuery({ queryKey: ['feed', feed, key] }).catch(() => undefined)
}

afterEach(() => {
  watchers.splice(0).forEach((stop) => stop())
  client.clear()
})

describe('the time of the oldest answer on screen (what a kept screen is "cached" from)', () => {
  it('is the oldest answer of the feed queries on screen', async () => {
    await shown('quotes', async () => 'q')
    const quotesAt = client.getQueryState(['feed', feed, 'quotes'])!.dataUpdatedAt
    await new Promise((done) => setTimeout(done, 5))
    await shown('sessions', async () => 's')
    expect(oldestFeedAnswer(client, feed)).toBe(quotesAt)
  })

  it('is null while an answer failed or is still on its way; a query not asked for does not count', async () => {
    await shown('quotes', async () => 'q')
    await shown('waiting', async () => 'w', false)
    expect(oldestFeedAnswer(client, feed)).not.toBeNull()
    const slow = new QueryObserver(client, {
      queryKey: ['feed', feed, 'slow'],
      queryFn: () => new Promise(() => undefined),
    })
    const stop = slow.subscribe(() => undefined)
    expect(oldestFeedAnswer(client, feed)).toBeNull()
    stop()
    client.removeQueries({ queryKey: ['feed', feed, 'slow'] })
    expect(oldestFeedAnswer(client, feed)).not.toBeNull()
    await shown('sessions', () => Promise.reject(new Error('503')))
    expect(oldestFeedAnswer(client, feed)).toBeNull()
  })

  it('is null when the page shows nothing from this feed', () => {
    expect(oldestFeedAnswer(client, feed)).toBeNull()
  })
})
