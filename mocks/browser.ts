// First: MSW's cookie store reads localStorage as it loads (see storage-fallback.ts).
import './storage-fallback'
import { getResponse } from 'msw'
import type { FeedTransport } from '../src/feed/feed-gate'
import { handlers } from './handlers'

/**
 * The demo feed, answered in the page by the same MSW handlers the tests use (no service worker):
 * it works on plain-http intranet hosts, in cross-site iframes, after a hard reload and offline,
 * where MSW's worker cannot start, is bypassed, or has no storage. A path no handler knows answers
 * 404, like a static feed; nothing goes to the network.
 */
export function createDemoTransport(): FeedTransport {
  return async (request) => (await getResponse(handlers, request)) ?? new Response(null, { status: 404 })
}
