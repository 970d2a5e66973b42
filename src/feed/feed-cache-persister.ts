import type { PersistedClient, Persister } from '@tanstack/react-query-persist-client'
import { stringifyInSlices } from '../lib/stringify-in-slices'
import { browserStore, type FeedCacheStore } from './feed-cache-store'

/**
 * Where the feed cache is written and read: one copy per feed URL, in IndexedDB (a feed can outgrow
 * localStorage). Each answer's data is kept apart from the list of answers, in pieces of its own:
 * a refresh that brings the same data (the same object: TanStack Query shares it) rewrites only the
 * list, and new data is written a slice at a time. Written whole, a long feed's 20,000 quotes
 * blocked the page for 160–200 ms on every refresh.
 */

/** Larger caches are not kept (characters of JSON, about bytes). */
export const feedCacheMaxChars = 8_000_000
const saveEveryMs = 2_000

/** A storage call that fails, at once or later, is a cache miss: never an error on the page. */
async function settle<T>(call: () => Promise<T>): Promise<T | undefined> {
  try {
    return await call()
  } catch {
    return undefined
  }
}

export const feedCacheKey = (feedBaseUrl: string) => `ttm.feed-cache:${feedBaseUrl}`

/** Where one answer's data is kept: `pieces` values under `${key}#0`, `${key}#1`... */
type Part = { key: string; pieces: number; chars: number }

/** What is kept under the feed's key: the answers without their data, and where each data is. */
type Manifest = PersistedClient & { parts: Record<string, Part> }

type SavedPart = Part & { data: unknown }

const pieceKeys = (part: Part) => Array.from({ length: part.pieces }, (_, i) => `${part.key}#${i}`)

const signatureOf = (client: PersistedClient) =>
  client.clientState.queries.map((q) => `${q.queryHash}@${q.state.dataUpdatedAt}`).join('|')

/** A persister that also says which answers it restored: query hash → the time of that answer. */
export type FeedCachePersister = Persister & {
  restored: () => ReadonlyMap<string, number>
  /** Resolves when the writes asked for so far are done (tests). */
  written: () => Promise<void>
}

/** Saves at most every 2 s (the last state wins), skips saves where no data changed, caps the size. */
export function createFeedCachePersister(
  feedBaseUrl: string,
  store: FeedCacheStore = browserStore,
): FeedCachePersister {
  const key = feedCacheKey(feedBaseUrl)
  const partPrefix = `${key}|`
  let pending: PersistedClient | null = null
  let timer: ReturnType<typeof setTimeout> | null = null
  let writing: Promise<unknown> = Promise.resolve()
  let lastSignature = ''
  // Query hash → its data as last written, and where: unchanged data is not written again.
  let saved = new Map<string, SavedPart>()
  // The data of the last save that was over the cap: while it is the same, nothing is written.
  let tooLarge = new Map<string, SavedPart>()
  let restored = new Map<string, number>()
  let partsMade = 0

  const removeAll = async () => {
    saved = new Map()
    const all = await store.keys()
    await store.delMany(all.filter((k) => k === key || k.startsWith(partPrefix)))
  }

  const manifestOf = (client: PersistedClient, parts: Map<string, Part>): string =>
    JSON.stringify({
      ...client,
      clientState: {
        ...client.clientState,
        queries: client.clientState.queries.map((q) => ({
          ...q,
          state: { ...q.state, data: undefined },
        })),
      },
      parts: Object.fromEntries(
        [...parts].map(([hash, { key: partKey, pieces, chars }]) => [
          hash,
          { key: partKey, pieces, chars },
        ]),
      ),
    } satisfies Manifest)

  const flush = async () => {
    const client = pending
    pending = null
    if (!client) return
    const signature = signatureOf(client)
    if (signature === lastSignature) return
    lastSignature = signature
    const writes: [string, string][] = []
    const pieced = async (hash: string, data: unknown): Promise<SavedPart> => {
      const pieces = await stringifyInSlices(data)
      // Never a key in use: a copy is replaced only once the list naming it is.
      const partKey = `${partPrefix}${hash}|${Date.now().toString(36)}.${(partsMade += 1)}`
      pieces.forEach((piece, index) => writes.push([`${partKey}#${index}`, piece]))
      const chars = pieces.reduce((sum, piece) => sum + piece.length, 0)
      return { key: partKey, pieces: pieces.length, chars, data }
    }
    // Data already written is kept where it is; data known to be too large is measured, not written.
    const next = new Map<string, SavedPart>()
    const sizedOnly: string[] = []
    for (const { queryHash, state } of client.clientState.queries) {
      const before = saved.get(queryHash)
      const sized = tooLarge.get(queryHash)
      if (before !== undefined && before.data === state.data) next.set(queryHash, before)
      else if (sized !== undefined && sized.data === state.data) {
        next.set(queryHash, sized)
        sizedOnly.push(queryHash)
      } else next.set(queryHash, await pieced(queryHash, state.data))
    }
    const size = (parts: Map<string, SavedPart>) =>
      [...parts.values()].reduce((sum, part) => sum + part.chars, manifestOf(client, parts).length)
    if (size(next) > feedCacheMaxChars) {
      tooLarge = next
      return removeAll()
    }
    for (const hash of sizedOnly) next.set(hash, await pieced(hash, next.get(hash)!.data))
    tooLarge = new Map()
    for (const [pieceKey, piece] of writes) await store.set(pieceKey, piece)
    await store.set(key, manifestOf(client, next))
    saved = next
    const kept = new Set([...next.values()].flatMap(pieceKeys))
    const gone = (await store.keys()).filter((k) => k.startsWith(partPrefix) && !kept.has(k))
    if (gone.length > 0) await store.delMany(gone)
  }

  return {
    persistClient: (client) => {
      pending = client
      timer ??= setTimeout(() => {
        timer = null
        writing = writing.then(() =>
          flush().catch(() => {
            lastSignature = '' // written in part or not at all: the next save writes it all again
            saved = new Map()
          }),
        )
      }, saveEveryMs)
    },
    restoreClient: async () => {
      const json = await settle(() => store.get(key))
      if (json === undefined || json.length > feedCacheMaxChars) return undefined
      try {
        const { parts, ...client } = JSON.parse(json) as Manifest
        if (typeof parts !== 'object' || parts === null) return undefined
        const queries = client.clientState.queries.filter((q) => Object.hasOwn(parts, q.queryHash))
        const values = await store.getMany(queries.flatMap((q) => pieceKeys(parts[q.queryHash]!)))
        const kept: typeof queries = []
        const found = new Map<string, SavedPart>()
        let at = 0
        for (const query of queries) {
          const part = parts[query.queryHash]!
          const pieces = values.slice(at, (at += part.pieces))
          if (pieces.some((piece) => typeof piece !== 'string')) continue
          const data: unknown = JSON.parse(pieces.join(''))
          kept.push({ ...query, state: { ...query.state, data } })
          found.set(query.queryHash, { ...part, data })
        }
        const restoredClient = { ...client, clientState: { ...client.clientState, queries: kept } }
        saved = found
        lastSignature = signatureOf(restoredClient)
        restored = new Map(kept.map((q) => [q.queryHash, q.state.dataUpdatedAt]))
        return restoredClient
      } catch {
        return undefined
      }
    },
    removeClient: () => settle(removeAll).then(() => undefined),
    restored: () => restored,
    written: () => writing.then(() => undefined),
  }
}
