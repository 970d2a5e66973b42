// First: MSW's cookie store reads localStorage as it loads (see storage-fallback.ts).
import './storage-fallback'
import { getResponse } from 'msw'
import type { FeedTransport } from '../src/feed/feed-gate'
import type { RequestHandler } from 'msw'
import { rawParam } from '../src/hooks/url-params'
import { handlers } from './handlers'
import { liveDayHandlers, parseLiveDayOptions } from './live-day'
import { isScenarioName, scenarioHandlers, scenarios } from './scenarios'

/**
 * Handlers for this page: `?demo=live` plays the article's day on a simulated clock,
 * `?scenario=<name>` adds a fault (see mocks/scenarios.ts); otherwise the fixtures as they are.
 */
export function demoHandlers(search: string): RequestHandler[] {
  const params = new URLSearchParams(search)
  const live = parseLiveDayOptions(params)
  const base = live ? [...liveDayHandlers(live), ...handlers] : handlers
  const scenario = rawParam('scenario', params)
  if (scenario === null) return base
  if (!isScenarioName(scenario)) {
    console.warn(
      `Demo: unknown ?scenario=${scenario} ignored (known: ${Object.keys(scenarios).join(', ')})`,
    )
    return base
  }
  return [...scenarioHandlers(scenario), ...base]
}

/**
 * The demo feed, answered in the page by the same MSW handlers the tests use (no service worker):
 * it works on plain-http intranet hosts, in cross-site iframes, after a hard reload and offline,
 * where MSW's worker cannot start, is bypassed, or has no storage. A path no handler knows answers
 * 404, like a static feed; nothing goes to the network.
 */
export function createDemoTransport(search = window.location.search): FeedTransport {
  const active = demoHandlers(search)
  return async (request) =>
    (await getResponse(active, request)) ?? new Response(null, { status: 404 })
}
