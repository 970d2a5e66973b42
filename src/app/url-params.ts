import type { RuntimeConfig } from '../config/config-schema'
import { malformedParamWarnings, rawParam } from '../hooks/url-params'
import { readViewOptions } from './view-options'

/**
 * ?feed=<url> points the page at another feed only when config.json lists that exact URL in
 * allowedFeeds: a crafted link must not turn a trusted dashboard onto someone else's data.
 */
export function withFeedOverride(config: RuntimeConfig, search: URLSearchParams): RuntimeConfig {
  const requested = rawParam('feed', search)
  return requested !== null && config.allowedFeeds.includes(requested)
    ? { ...config, feedUrl: requested }
    : config
}

/**
 * One console warning per URL parameter whose value the page ignores (?asof= warns where it is
 * read; ?scenario= in the demo feed).
 */
export function urlParamWarnings(search: URLSearchParams, config: RuntimeConfig): string[] {
  // ?rotate= means something only in kiosk mode.
  const warnings = malformedParamWarnings(search, readViewOptions(search).kiosk ? [] : ['rotate'])
  const feed = rawParam('feed', search)
  if (feed !== null && !config.allowedFeeds.includes(feed)) {
    warnings.push(
      `?feed=${feed} ignored: the feed comes from config.json (allowedFeeds lists the others)`,
    )
  }
  if (rawParam('scenario', search) !== null && config.feedUrl !== null)
    warnings.push('?scenario= ignored: fault scenarios exist only in demo mode')
  return warnings
}
