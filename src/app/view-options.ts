import type { RuntimeConfig } from '../config/config-schema'
import { readParam } from '../hooks/url-params'

/** Page options from the URL that only the app composition uses (see docs/embedding.md). */
export type ViewOptions = {
  /** ?parent=https://portal.example: the origin height messages go to (never "*"). */
  parentOrigin: string | null
  /** ?refresh=<seconds>: polls the feed at this interval instead of config.json's. */
  refreshSeconds: number | null
  /** ?kiosk&rotate=<seconds>: shows the panels one after the other. */
  rotateSeconds: number | null
  kiosk: boolean
}

export function readViewOptions(search: URLSearchParams): ViewOptions {
  const kiosk = readParam('kiosk', search) ?? false
  return {
    parentOrigin: readParam('parent', search),
    refreshSeconds: readParam('refresh', search),
    rotateSeconds: kiosk ? readParam('rotate', search) : null,
    kiosk,
  }
}

/** config.json with the URL's overrides (the refresh interval). */
export function withUrlOverrides(config: RuntimeConfig, options: ViewOptions): RuntimeConfig {
  return options.refreshSeconds === null
    ? config
    : { ...config, refreshSeconds: options.refreshSeconds }
}
