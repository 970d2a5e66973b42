import { fetchFeedJson } from './api-client'
import { checkReport, type CheckReport } from './check-report'
import { instrumentIds } from './cross-check'
import type { FeedProblem } from './parse'
import { documentPath, feedDocumentNames, type RawFeed } from './raw-feed'
import { seriesPath } from './schemas/documents'

/**
 * feed:check from the page: every document and series read again through the page's own client
 * (the same transport, caps and deadline as the panels; mostly from the browser's cache), then every
 * rule of `npm run feed:check`. Loaded only when asked for (About this feed).
 */
export async function checkFeedInPage(baseUrl: string, signal?: AbortSignal): Promise<CheckReport> {
  const feed: RawFeed = { documents: {}, series: {} }
  const problems: FeedProblem[] = []
  const read = async (path: string): Promise<unknown> => {
    try {
      return (await fetchFeedJson(baseUrl, path, signal)).body
    } catch (error) {
      signal?.throwIfAborted()
      const message = error instanceof Error ? error.message : String(error)
      // A FeedError's message starts with its file, which the problem already names.
      problems.push({ resource: path, path: '$', message: message.replace(`${path}: `, '') })
      return undefined
    }
  }
  const documents = await Promise.all(feedDocumentNames.map((name) => read(documentPath(name))))
  feedDocumentNames.forEach((name, i) => {
    if (documents[i] !== undefined) feed.documents[name] = documents[i]
  })
  const ids = instrumentIds(feed.documents.markets)
  const series = await Promise.all(ids.map((id) => read(seriesPath(id))))
  ids.forEach((id, i) => {
    if (series[i] !== undefined) feed.series[id] = series[i]
  })
  const paths = [...feedDocumentNames.map(documentPath), ...ids.map(seriesPath)]
  return checkReport(feed, problems, paths)
}
