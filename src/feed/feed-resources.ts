import { fetchFeedDocument } from './api-client'
import { FeedError } from './feed-error'
import { parseCollectionInSlices, type CollectionResult, type FeedProblem } from './parse'
import { parseSeries } from './parse-series'
import { parseFeedIndex } from './parse-index'
import {
  collectionResources,
  indexPath,
  seriesPath,
  type CollectionResourceName,
} from './schemas/documents'
import { isolate, isolateTextIn } from '../lib/bidi-isolate'

function reportDropped(resource: string, problems: FeedProblem[]) {
  if (problems.length === 0) return
  console.warn(
    `Feed: ${resource} has ${problems.length} problem(s); the records concerned are not shown.`,
    problems,
  )
}

function invalid(resource: string, problems: FeedProblem[]): FeedError {
  return new FeedError('invalid', resource, `${resource} does not match the feed format`, {
    problems,
  })
}

export function getFeedIndex(baseUrl: string, signal?: AbortSignal) {
  return fetchFeedDocument(baseUrl, indexPath, signal, ({ body, mayNeedIsolates }) => {
    const parsed = parseFeedIndex(indexPath, body)
    if (parsed.data === null) throw invalid(indexPath, parsed.problems)
    reportDropped(indexPath, parsed.problems)
    const index = mayNeedIsolates ? isolateTextIn(parsed.data) : parsed.data
    return { ...index, problems: parsed.problems }
  })
}

/** Fetches a collection resource; invalid records are dropped and listed in `problems`. */
export function getCollection<N extends CollectionResourceName>(
  baseUrl: string,
  name: N,
  signal?: AbortSignal,
) {
  const { path, lists } = collectionResources[name]
  type Read = CollectionResult<(typeof collectionResources)[N]['lists']>
  return fetchFeedDocument(
    baseUrl,
    path,
    signal,
    async ({ body, validated, mayNeedIsolates }) => {
      const parsed =
        (validated as Read | undefined) ??
        (await parseCollectionInSlices(
          path,
          lists as (typeof collectionResources)[N]['lists'],
          body,
          { signal, prepare: mayNeedIsolates ? isolateTextIn : undefined },
        ))
      if (parsed.data === null) throw invalid(path, parsed.problems)
      reportDropped(path, parsed.problems)
      return { ...parsed.data, problems: parsed.problems }
    },
    { offThread: { collection: name } },
  )
}

/** A series as the feed gave it, with the points that could not be read. */
export type SeriesResult = Awaited<ReturnType<typeof getSeries>>

export function getSeries(baseUrl: string, instrumentId: string, signal?: AbortSignal) {
  const path = seriesPath(instrumentId)
  return fetchFeedDocument(
    baseUrl,
    path,
    signal,
    ({ body, validated }) => {
      const parsed = (validated as SeriesParse | undefined) ?? parseSeries(path, body)
      if (parsed.data === null) throw invalid(path, parsed.problems)
      reportDropped(path, parsed.problems)
      const { reference, note } = parsed.data
      const series = {
        ...parsed.data,
        reference: { ...reference, label: isolate(reference.label) },
        ...(note === undefined ? {} : { note: isolate(note) }),
      }
      return { series, problems: parsed.problems }
    },
    { offThread: { series: path } },
  )
}

type SeriesParse = ReturnType<typeof parseSeries>
