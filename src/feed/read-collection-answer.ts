import { isolateTextIn, mayNeedIsolates } from '../lib/bidi-isolate'
import { decodeAnswer } from './decode-answer'
import { parseCollection, type CollectionResult, type Lists } from './parse'
import { collectionResources, type CollectionResourceName } from './schemas/documents'

/** A collection document read whole: decoded, parsed and validated, as the page would read it. */
export type CollectionAnswer =
  | { kind: 'parsed'; parsed: CollectionResult<Lists>; mayNeedIsolates: boolean }
  | { kind: 'error-page' }
  | { kind: 'not-json' }

/** Reads a collection's text in one go: for a worker, where no task holds up the page. */
export function readCollectionAnswer(name: CollectionResourceName, text: string): CollectionAnswer {
  const decoded = decodeAnswer(text)
  if (decoded.kind !== 'json') return decoded
  const { path, lists } = collectionResources[name]
  const isolates = mayNeedIsolates(text)
  const parsed = parseCollection(path, lists, decoded.body, isolates ? isolateTextIn : undefined)
  return { kind: 'parsed', parsed, mayNeedIsolates: isolates }
}
