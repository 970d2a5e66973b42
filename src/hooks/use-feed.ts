import type { FeedRef } from '../feed/queries'
import { useRuntime } from './runtime-context'
import { parseAsOf, asOfParam } from './use-replay'
import { useSearchParam } from './use-search-param'

/** The feed the page shows, at the replayed moment (`?asof=`) or live: pass it to the *Queries factories. */
export function useFeed(): Exclude<FeedRef, string> {
  const { feedBaseUrl } = useRuntime()
  const [raw] = useSearchParam(asOfParam)
  return { baseUrl: feedBaseUrl, asOf: parseAsOf(raw) }
}
