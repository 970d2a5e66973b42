import type { RuntimeConfig } from '../config/config-schema'
import { views } from '../hooks/chrome-context'
import { isTimeZone } from '../lib/time-zone'
import { timelineOrderParam, timelineOrders } from '../hooks/use-timeline-order'
import { readViewOptions } from './view-options'
import { marketParams, parseInstruments, parseWindow } from '../features/markets/market-params'
import { densities, densityParam, parseDensity } from '../hooks/use-density'
import { layoutParam, parseLayout } from './desk-layout'

/**
 * ?feed=<url> points the page at another feed only when config.json lists that exact URL in
 * allowedFeeds: a crafted link must not turn a trusted dashboard onto someone else's data.
 */
export function withFeedOverride(config: RuntimeConfig, search: URLSearchParams): RuntimeConfig {
  const requested = search.get('feed')
  return requested !== null && config.allowedFeeds.includes(requested) ? { ...config, feedUrl: requested } : config
}

/**
 * One console warning per URL parameter whose value the page ignores (?theme= and ?asof= warn
 * where they are read; ?scenario= in the demo feed).
 */
export function urlParamWarnings(search: URLSearchParams, config: RuntimeConfig): string[] {
  const warnings: string[] = []
  const options = readViewOptions(search)
  const present = (key: string) => search.has(key) && (search.get(key) ?? '').trim() !== ''
  const tz = search.get('tz')
  if (tz !== null && !isTimeZone(tz)) warnings.push(`?tz=${tz} ignored: not an IANA time zone (e.g. Europe/London)`)
  const tz2 = search.get('tz2')
  if (tz2 !== null && tz2 !== 'none' && !isTimeZone(tz2)) warnings.push(`?tz2=${tz2} ignored: not an IANA time zone or "none"`)
  const view = search.get('view')
  if (view !== null && !views.some((v) => v === view)) warnings.push(`?view=${view} ignored: use ${views.join(', ')}`)
  if (present('refresh') && options.refreshSeconds === null) {
    warnings.push(`?refresh=${search.get('refresh')} ignored: a whole number of seconds from 5 to 3600`)
  }
  if (options.kiosk && present('rotate') && options.rotateSeconds === null) {
    warnings.push(`?rotate=${search.get('rotate')} ignored: a whole number of seconds, at least 5`)
  }
  const order = search.get(timelineOrderParam)
  if (order !== null && !timelineOrders.some((o) => o === order)) {
    warnings.push(`?${timelineOrderParam}=${order} ignored: use ${timelineOrders.join(' or ')}`)
  }
  if (present('parent') && options.parentOrigin === null) warnings.push(`?parent=${search.get('parent')} ignored: not an http(s) origin`)
  const feed = search.get('feed')
  if (feed !== null && !config.allowedFeeds.includes(feed)) {
    warnings.push(`?feed=${feed} ignored: the feed comes from config.json (allowedFeeds lists the others)`)
  }
  const marketWindow = search.get(marketParams.window)
  if (present(marketParams.window) && parseWindow(marketWindow) === null) {
    warnings.push(`?window=${marketWindow} ignored: use event, day, all, round:<id>, or <from>~<to> in ISO 8601`)
  }
  if (search.has(marketParams.instruments) && parseInstruments(search.get(marketParams.instruments)) === null) {
    warnings.push(`?instruments=${search.get(marketParams.instruments)} ignored: instrument ids separated by commas`)
  }
  if (present(layoutParam) && parseLayout(search.get(layoutParam)) === null) {
    warnings.push(`?${layoutParam}=${search.get(layoutParam)} ignored: three shares in percent, e.g. 27-28-45 (a "c" after one folds it)`)
  }
  if (present(densityParam) && parseDensity(search.get(densityParam)) === null) {
    warnings.push(`?${densityParam}=${search.get(densityParam)} ignored: use ${densities.join(' or ')}`)
  }
  if (search.has('scenario') && config.feedUrl !== null) warnings.push('?scenario= ignored: fault scenarios exist only in demo mode')
  return warnings
}
