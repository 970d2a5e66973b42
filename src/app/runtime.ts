import type { RuntimeConfig } from '../config/config-schema'
import type { Runtime } from '../hooks/runtime-context'

const demoFeedPath = 'demo-feed/'

/** Demo mode when config.json names no feed; paths resolve against the page, so any sub-path works. */
export function createRuntime(config: RuntimeConfig, pageUrl: string = document.baseURI): Runtime {
  if (config.feedUrl === null) {
    return { config, demo: true, feedBaseUrl: new URL(demoFeedPath, pageUrl).href }
  }
  const base = config.feedUrl.endsWith('/') ? config.feedUrl : `${config.feedUrl}/`
  return { config, demo: false, feedBaseUrl: new URL(base, pageUrl).href }
}
