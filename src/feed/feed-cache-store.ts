import { delMany, get, getMany, keys, set } from 'idb-keyval'

/** Where the feed cache is kept: text values under string keys. */
export type FeedCacheStore = {
  get: (key: string) => Promise<string | undefined>
  getMany: (keys: string[]) => Promise<(string | undefined)[]>
  set: (key: string, value: string) => Promise<void>
  delMany: (keys: string[]) => Promise<void>
  keys: () => Promise<string[]>
}

const noStore: FeedCacheStore = {
  get: async () => undefined,
  getMany: async (wanted) => wanted.map(() => undefined),
  set: async () => undefined,
  delMany: async () => undefined,
  keys: async () => [],
}

/** IndexedDB where the browser has it; elsewhere (some private or sandboxed modes) nothing is kept. */
export const browserStore: FeedCacheStore =
  typeof indexedDB === 'undefined'
    ? noStore
    : {
        get: (key) => get<string>(key),
        getMany: (wanted) => getMany<string>(wanted),
        set: (key, value) => set(key, value),
        delMany: (gone) => delMany(gone),
        keys: async () => (await keys()).filter((key): key is string => typeof key === 'string'),
      }
