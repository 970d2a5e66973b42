import { collectionResources, documentSchemas, indexPath } from './schemas/documents'

/** A feed as its raw JSON, before validation, and how the whole-feed checks walk it. */

export type FeedDocumentName = Exclude<keyof typeof documentSchemas, 'series'>

/** Every document of a feed but its series files, in the order a checker reads them. */
export const feedDocumentNames: readonly FeedDocumentName[] = [
  'index',
  'sessions',
  'developments',
  'quotes',
  'issues',
  'markets',
]

/** A feed as loaded: each document's parsed JSON (absent when it could not be loaded). */
export type RawFeed = {
  documents: Partial<Record<FeedDocumentName, unknown>>
  /** series/<instrumentId>.json by the instrument id in the file name */
  series: Record<string, unknown>
  /** Size in bytes of each document as loaded, by path (when known). */
  sizes?: Record<string, number>
}

export const documentPath = (name: FeedDocumentName): string =>
  name === 'index' ? indexPath : collectionResources[name].path

export type Segment = string | number
export type Found = { value: unknown; path: Segment[] }

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Values at a path such as `delegations.*.partyId`; `*` walks every element of an array. */
export function walk(value: unknown, segments: readonly string[], path: Segment[] = []): Found[] {
  const [head, ...rest] = segments
  if (head === undefined) return [{ value, path }]
  if (head === '*') {
    return Array.isArray(value) ? value.flatMap((item, i) => walk(item, rest, [...path, i])) : []
  }
  return isRecord(value) && Object.hasOwn(value, head)
    ? walk(value[head], rest, [...path, head])
    : []
}
