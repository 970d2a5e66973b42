import { isolateTextIn, mayNeedIsolates } from '../lib/bidi-isolate'
import { decodeAnswer } from './decode-answer'
import { parseCollection } from './parse'
import { parseSeries } from './parse-series'
import { collectionResources, type CollectionResourceName } from './schemas/documents'

/** What a long answer is: one of the feed's collections, or a price series (its path). */
export type ApartDocument = { collection: CollectionResourceName } | { series: string }

/** A long answer read whole: decoded, parsed and validated, as the page would read it. */
export type ApartAnswer =
  | { kind: 'parsed'; parsed: unknown; mayNeedIsolates: boolean }
  | { kind: 'error-page' }
  | { kind: 'not-json' }

/** Reads a long answer's text in one go: for a worker, where no task holds up the page. */
export function readAnswerApart(document: ApartDocument, text: string): ApartAnswer {
  const decoded = decodeAnswer(text)
  if (decoded.kind !== 'json') return decoded
  const isolates = mayNeedIsolates(text)
  if ('series' in document)
    return {
      kind: 'parsed',
      parsed: parseSeries(document.series, decoded.body),
      mayNeedIsolates: isolates,
    }
  const { path, lists } = collectionResources[document.collection]
  const parsed = parseCollection(path, lists, decoded.body, isolates ? isolateTextIn : undefined)
  return { kind: 'parsed', parsed, mayNeedIsolates: isolates }
}
