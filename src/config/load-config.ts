import { untilAborted } from '../lib/until-aborted'
import {
  configFields,
  defaultConfig,
  feedUrlMessage,
  isFeedUrl,
  type RuntimeConfig,
} from './config-schema'

/** config.json is a few hundred bytes; past this deadline (headers and body) start-up says so. */
export const configTimeoutMs = 10_000

export class ConfigError extends Error {}

export type LoadedConfig = { config: RuntimeConfig; warnings: string[] }

/** Reads each known field on its own; unknown or malformed fields are ignored with a warning. */
export function readConfig(raw: unknown): LoadedConfig {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new ConfigError('config.json must hold a JSON object')
  }
  const config: Record<string, unknown> = { ...defaultConfig }
  const warnings: string[] = []
  for (const [key, value] of Object.entries(raw)) {
    if (!Object.hasOwn(configFields, key)) {
      warnings.push(`config.json: unknown setting "${key}" ignored`)
      continue
    }
    const result = configFields[key as keyof typeof configFields].safeParse(value)
    if (result.success && key === 'allowedFeeds' && Array.isArray(result.data)) {
      // Each entry on its own: a bad one is named here once, never tried as a feed.
      const bad = result.data.filter((entry) => typeof entry === 'string' && !isFeedUrl(entry))
      bad.forEach((entry) =>
        warnings.push(
          `config.json: allowedFeeds entry ${JSON.stringify(entry)} ignored (not ${feedUrlMessage})`,
        ),
      )
      config[key] = result.data.filter((entry) => !bad.includes(entry))
    } else if (result.success) config[key] = result.data
    else
      warnings.push(`config.json: ${key} ignored (${result.error.issues[0]?.message ?? 'invalid'})`)
  }
  return { config: config as RuntimeConfig, warnings }
}

async function fetchText(url: URL): Promise<{ status: number; text: string }> {
  const deadline = new AbortController()
  const timer = setTimeout(() => deadline.abort(), configTimeoutMs)
  try {
    const response = await untilAborted(
      fetch(url, { cache: 'no-cache', signal: deadline.signal }),
      deadline.signal,
    )
    const origin = response.url ? new URL(response.url).origin : url.origin
    if (origin !== url.origin) {
      deadline.abort()
      throw new ConfigError(
        `config.json was redirected to another site (${origin}) and is not used`,
      )
    }
    if (!response.ok) {
      deadline.abort()
      return { status: response.status, text: '' }
    }
    return { status: response.status, text: await untilAborted(response.text(), deadline.signal) }
  } catch (error) {
    if (error instanceof ConfigError) throw error
    if (deadline.signal.aborted)
      throw new ConfigError(`config.json did not load within ${configTimeoutMs / 1000} s`)
    throw new ConfigError('config.json could not be loaded (the server could not be reached)')
  } finally {
    clearTimeout(timer)
  }
}

/**
 * Loads config.json next to the page, within `configTimeoutMs`. A missing file means the defaults
 * (demo mode); one redirected to another site is refused.
 */
export async function loadConfig(
  url = new URL('config.json', document.baseURI),
): Promise<LoadedConfig> {
  const { status, text } = await fetchText(url)
  if (status === 404) return { config: defaultConfig, warnings: [] }
  if (status < 200 || status > 299)
    throw new ConfigError(`config.json could not be loaded (HTTP ${status})`)
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    throw new ConfigError('config.json is not valid JSON')
  }
  return readConfig(raw)
}
