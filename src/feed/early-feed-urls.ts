/**
 * The documents the dashboard asks for first (prefetch-feed.ts), by path: kept here apart from
 * the schemas so the page's first chunk can name them (a test keeps the two lists in step).
 */
export const dashboardDocumentPaths = [
  'index.json',
  'sessions.json',
  'developments.json',
  'quotes.json',
  'issues.json',
  'markets.json',
] as const

/**
 * The dashboard's document URLs for config.json's text, when they are sure: a feed named, and
 * the page's URL asking for the plain dashboard of that feed (another view asks for less, and
 * `?feed=` is decided by the app once it has read config.json fully). Otherwise none.
 */
export function earlyFeedUrls(
  configText: string,
  search: string,
  pageUrl: string = document.baseURI,
): string[] {
  const params = new URLSearchParams(search)
  if (params.has('feed') || params.has('view') || params.has('instrument')) return []
  let feedUrl: unknown
  try {
    feedUrl = (JSON.parse(configText) as { feedUrl?: unknown } | null)?.feedUrl
  } catch {
    return []
  }
  if (typeof feedUrl !== 'string' || feedUrl.trim() === '') return []
  let base: URL
  try {
    base = new URL(feedUrl.endsWith('/') ? feedUrl : `${feedUrl}/`, pageUrl)
  } catch {
    return []
  }
  return dashboardDocumentPaths.map((path) => new URL(path, base).href)
}
