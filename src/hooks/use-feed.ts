import type { FeedRef } from '../feed/queries'
import { useRuntime } from './runtime-context'
import { useUrlParam } from './use-url-param'

/** The feed the page shows, at the replayed moment (`?asof=`) or live: pass it to the *Queries factories. */
export function useFeed(): Exclude<FeedRef, string> {
  const { feedBaseUrl } = useRuntime()
  const [asOf] = useUrlParam('asof')
  return { baseUrl: feedBaseUrl, asOf }
}
