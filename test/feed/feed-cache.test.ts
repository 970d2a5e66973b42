import { QueryClient } from '@tanstack/react-query'
import {
  persistQueryClientRestore,
  persistQueryClientSave,
} from '@tanstack/react-query-persist-client'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  feedCacheKey,
  feedCacheMaxChars,
  feedCacheOptions,
  isFromCache,
  noteRestoredQueries,
  type FeedCacheStore,
} from '../../src/feed/feed-cache'
import { feedCacheVersion } from '../../src/feed/feed-cache-version'
import { advance, useFakeClock } from '../fake-clock'

const feedA = 'https://feeds.example.test/talks/'
const feedB = 'https://feeds.example.test/other-talks/'
const quotesKey = (feed: string) => ['feed', feed, 'quotes'] as const

function memoryStore() {
  const entries = new Map<string, string>()
  const store: FeedCacheStore = {
    get: async (key) => entries.get(key),
    getMany: async (keys) => keys.map((key) => entries.get(key)),
    set: async (key, value) => void entries.set(key, value),
    delMany: async (keys) => keys.forEach((key) => entries.delete(key)),
    keys: async () => [...entries.keys()],
  }
  return { entries, store }
}

const dataKeys = (entries: Map<string, string>, feed: string) =>
  [...entries.keys()].filter((key) => key.startsWith(`${feedCacheKey(feed)}|`))

function clientWith(feed: string, data: unknown) {
  const client = new QueryClient()
  client.setQueryData(quotesKey(feed), data)
  return client
}

/** Saves `client` as the app does: dehydrate, then the persister's throttled write. */
async function save(
  client: QueryClient,
  feed: string,
  store: FeedCacheStore,
  options = feedCacheOptions(feed, store),
) {
  await persistQueryClientSave({ queryClient: client, ...options })
  await advance(2_000)
  await options.persister.written()
}

async function restore(feed: string, store: FeedCacheStore, client = new QueryClient()) {
  const options = feedCacheOptions(feed, store)
  await persistQueryClientRestore({ queryClient: client, ...options })
  noteRestoredQueries(client, options.persister)
  return client
}

afterEach(() => vi.useRealTimers())

describe('the feed cache', () => {
  it('brings back the last answers of the same feed, marked as the cached copy until a fresh one replaces them', async () => {
    useFakeClock(Date.parse('2025-06-10T08:00:00Z'))
    const { store } = memoryStore()
    await save(clientWith(feedA, { quotes: ['China’s not easy.'] }), feedA, store)

    const restored = await restore(feedA, store)
    expect(restored.getQueryData(quotesKey(feedA))).toEqual({ quotes: ['China’s not easy.'] })
    const query = restored.getQueryCache().find({ queryKey: quotesKey(feedA) })!
    expect(query.state.dataUpdatedAt).toBe(Date.parse('2025-06-10T08:00:00Z'))
    expect(isFromCache(query)).toBe(true)
    // Asked for again as soon as it is shown, however recent the copy.
    expect(query.isStale()).toBe(true)

    await advance(60_000)
    restored.setQueryData(quotesKey(feedA), { quotes: ['fresh'] })
    expect(isFromCache(query)).toBe(false)
  })

  it('an answer the feed gave in this visit before the cache was read stays, and is not called cached', async () => {
    useFakeClock(Date.parse('2025-06-10T08:00:00Z'))
    const { store } = memoryStore()
    const sessionsKey = ['feed', feedA, 'sessions'] as const
    const earlier = clientWith(feedA, { quotes: ['cached'] })
    earlier.setQueryData(sessionsKey, { sessions: ['cached'] })
    await save(earlier, feedA, store)

    // The next visit: start-up asked for the quotes early, and the answer came before the cache.
    await advance(60_000)
    const client = clientWith(feedA, { quotes: ['fresh'] })
    await restore(feedA, store, client)
    const quotes = client.getQueryCache().find({ queryKey: quotesKey(feedA) })!
    expect(quotes.state.data).toEqual({ quotes: ['fresh'] })
    expect(isFromCache(quotes)).toBe(false)
    expect(quotes.state.isInvalidated).toBe(false)
    // What only the cache had is shown as the cached copy, to be asked for again.
    const sessions = client.getQueryCache().find({ queryKey: sessionsKey })!
    expect(isFromCache(sessions)).toBe(true)
    expect(sessions.isStale()).toBe(true)
  })

  it('never shows one feed’s copy for another feed URL', async () => {
    useFakeClock()
    const { entries, store } = memoryStore()
    await save(clientWith(feedA, { quotes: ['a'] }), feedA, store)
    expect(entries.has(feedCacheKey(feedA))).toBe(true)
    expect([...entries.keys()].every((key) => key.startsWith(feedCacheKey(feedA)))).toBe(true)
    const other = await restore(feedB, store)
    expect(other.getQueryCache().getAll()).toHaveLength(0)
  })

  it('drops a copy saved under another contract or cache version, unread', async () => {
    useFakeClock()
    const { entries, store } = memoryStore()
    await save(clientWith(feedA, { quotes: ['a'] }), feedA, store)
    const saved = JSON.parse(entries.get(feedCacheKey(feedA))!) as { buster: string }
    expect(saved.buster).toBe(feedCacheVersion)
    entries.set(feedCacheKey(feedA), JSON.stringify({ ...saved, buster: 'feed-0/cache-1' }))
    const restored = await restore(feedA, store)
    expect(restored.getQueryCache().getAll()).toHaveLength(0)
    expect(entries.has(feedCacheKey(feedA))).toBe(false)
  })

  it('does not keep a cache over the size cap, and removes the copy it would replace', async () => {
    useFakeClock()
    const { entries, store } = memoryStore()
    await save(clientWith(feedA, { quotes: ['small'] }), feedA, store)
    expect(entries.has(feedCacheKey(feedA))).toBe(true)
    await save(clientWith(feedA, { quotes: ['x'.repeat(feedCacheMaxChars)] }), feedA, store)
    expect(entries.has(feedCacheKey(feedA))).toBe(false)
    expect(dataKeys(entries, feedA)).toEqual([])
  })

  it('keeps only successful answers of this feed, and writes at most once per 2 s', async () => {
    useFakeClock()
    const { entries, store } = memoryStore()
    const set = vi.spyOn(store, 'set')
    const client = clientWith(feedA, { quotes: ['a'] })
    client.setQueryData(['feed', feedB, 'quotes'], { quotes: ['b'] })
    client.setQueryData(['bench'], 1)
    const options = feedCacheOptions(feedA, store)
    for (let i = 0; i < 5; i += 1) await persistQueryClientSave({ queryClient: client, ...options })
    expect(set).not.toHaveBeenCalled()
    await advance(2_000)
    await options.persister.written()
    expect(set.mock.calls.filter(([key]) => key === feedCacheKey(feedA))).toHaveLength(1)
    const saved = JSON.parse(entries.get(feedCacheKey(feedA))!) as {
      clientState: { queries: { queryKey: unknown[] }[] }
    }
    expect(saved.clientState.queries.map((q) => q.queryKey)).toEqual([['feed', feedA, 'quotes']])
  })

  it('a browser whose storage throws (no IndexedDB, private mode) just has no cache: no error escapes', async () => {
    useFakeClock()
    const unhandled = vi.fn()
    process.on('unhandledRejection', unhandled)
    const broken: FeedCacheStore = {
      get: () => {
        throw new ReferenceError('indexedDB is not defined')
      },
      getMany: () => Promise.reject(new Error('QuotaExceededError')),
      set: () => {
        throw new ReferenceError('indexedDB is not defined')
      },
      delMany: () => Promise.reject(new Error('QuotaExceededError')),
      keys: () => Promise.reject(new Error('QuotaExceededError')),
    }
    try {
      await save(clientWith(feedA, { quotes: ['a'] }), feedA, broken)
      const restored = await restore(feedA, broken)
      expect(restored.getQueryCache().getAll()).toHaveLength(0)
      vi.useRealTimers()
      await new Promise((resolve) => setImmediate(resolve))
      expect(unhandled).not.toHaveBeenCalled()
    } finally {
      process.off('unhandledRejection', unhandled)
    }
  })

  it('a refresh that brings the same data rewrites only the list of answers, with the new time', async () => {
    useFakeClock(Date.parse('2025-06-10T08:00:00Z'))
    const { entries, store } = memoryStore()
    const options = feedCacheOptions(feedA, store)
    const data = { quotes: ['China’s not easy.'] }
    const client = clientWith(feedA, data)
    await save(client, feedA, store, options)
    const written = dataKeys(entries, feedA)
    expect(written.length).toBeGreaterThan(0)

    const set = vi.spyOn(store, 'set')
    await advance(60_000)
    const refreshedAt = Date.now()
    client.setQueryData(quotesKey(feedA), data) // the refetch's answer, shared with the one held
    await save(client, feedA, store, options)
    expect(set.mock.calls.map(([key]) => key)).toEqual([feedCacheKey(feedA)])
    expect(dataKeys(entries, feedA)).toEqual(written)

    const restored = await restore(feedA, store)
    const query = restored.getQueryCache().find({ queryKey: quotesKey(feedA) })!
    expect(query.state.data).toEqual(data)
    expect(query.state.dataUpdatedAt).toBe(refreshedAt)
  })

  it('new data is written in pieces under new keys, and the copy it replaces is removed', async () => {
    useFakeClock()
    const { entries, store } = memoryStore()
    const options = feedCacheOptions(feedA, store)
    const client = clientWith(feedA, { quotes: ['old'] })
    await save(client, feedA, store, options)
    const before = dataKeys(entries, feedA)

    const quotes = Array.from({ length: 5_000 }, (_, i) => `Quote ${i}: ${'words '.repeat(20)}`)
    client.setQueryData(quotesKey(feedA), { quotes })
    await save(client, feedA, store, options)
    const after = dataKeys(entries, feedA)
    expect(after.length).toBeGreaterThan(1)
    expect(after.some((key) => before.includes(key))).toBe(false)

    const restored = await restore(feedA, store)
    expect(restored.getQueryData(quotesKey(feedA))).toEqual({ quotes })
  })

  it('an answer whose data went missing from storage is left out; the others are restored', async () => {
    useFakeClock()
    const { entries, store } = memoryStore()
    const sessionsKey = ['feed', feedA, 'sessions'] as const
    const client = clientWith(feedA, { quotes: ['q'] })
    client.setQueryData(sessionsKey, { sessions: ['s'] })
    await save(client, feedA, store)
    const quotesData = dataKeys(entries, feedA).find((key) => key.includes('quotes'))!
    entries.delete(quotesData)

    const restored = await restore(feedA, store)
    expect(restored.getQueryData(quotesKey(feedA))).toBeUndefined()
    expect(restored.getQueryData(sessionsKey)).toEqual({ sessions: ['s'] })
  })
})
