import type { RuntimeConfig } from '../config/config-schema'

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

export const minRefreshSeconds = 5
export const maxRefreshSeconds = 3600
export const minRotateSeconds = 5

/** An http(s) origin, or null: "*", "null" and other schemes are refused. */
export function parseOrigin(value: string | null): string | null {
  if (!value) return null
  try {
    const url = new URL(value)
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
    return url.origin
  } catch {
    return null
  }
}

function seconds(value: string | null, min: number, max: number): number | null {
  if (value === null || value.trim() === '') return null
  const n = Number(value)
  return Number.isInteger(n) && n >= min && n <= max ? n : null
}

export function readViewOptions(search: URLSearchParams): ViewOptions {
  const kiosk = search.has('kiosk') && !['0', 'false', 'off', 'no'].includes((search.get('kiosk') ?? '').toLowerCase())
  return {
    parentOrigin: parseOrigin(search.get('parent')),
    refreshSeconds: seconds(search.get('refresh'), minRefreshSeconds, maxRefreshSeconds),
    rotateSeconds: kiosk ? seconds(search.get('rotate'), minRotateSeconds, 24 * 3600) : null,
    kiosk,
  }
}

/** config.json with the URL's overrides (the refresh interval). */
export function withUrlOverrides(config: RuntimeConfig, options: ViewOptions): RuntimeConfig {
  return options.refreshSeconds === null ? config : { ...config, refreshSeconds: options.refreshSeconds }
}
