import { readStoredRaw, writeStoredRaw } from '../lib/stored-json'

/**
 * The ids a scope of a feed has listed, remembered across reloads to tell which items arrived
 * since: as 32-bit FNV-1a hashes, base64-encoded, about 5.3 bytes an id whatever its length (a
 * 25,000-item feed keeps about 130 KB). Two ids share a hash about once in four billion pairs; the
 * price is an arrival not marked new.
 */

export function knownIdsKey(feedBaseUrl: string, scope: string): string {
  return `ttm.known.v1:${scope}:${feedBaseUrl}`
}

export function hashId(id: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

function encode(hashes: Uint32Array): string {
  const bytes = new Uint8Array(hashes.buffer, hashes.byteOffset, hashes.byteLength)
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

function decode(text: string): Uint32Array | null {
  try {
    const binary = atob(text)
    if (binary.length % 4 !== 0) return null
    const bytes = new Uint8Array(binary.length)
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
    return new Uint32Array(bytes.buffer)
  } catch {
    return null
  }
}

export type KnownIds = ReadonlySet<number>

const decoded = new Map<string, { raw: string; known: KnownIds | null }>()

/** The hashes of the ids the scope listed last, or null when this browser has none (a first visit). */
export function readKnownIds(feedBaseUrl: string, scope: string): KnownIds | null {
  const key = knownIdsKey(feedBaseUrl, scope)
  const raw = readStoredRaw(key)
  if (raw === null) return null
  const cached = decoded.get(key)
  if (cached?.raw === raw) return cached.known
  const hashes = decode(raw)
  const known = hashes ? new Set(hashes) : null
  decoded.set(key, { raw, known })
  return known
}

/** Whether an id was listed before (false for one that arrived since). */
export const isKnown = (known: KnownIds, id: string) => known.has(hashId(id))

/** Remembers the scope's list as it is now (ids gone from the feed are forgotten with it). */
export function writeKnownIds(feedBaseUrl: string, scope: string, ids: readonly string[]): void {
  writeStoredRaw(knownIdsKey(feedBaseUrl, scope), encode(Uint32Array.from(ids, hashId)))
}
