import { ConfigError, fetchConfig, type ConfigAnswer } from './fetch-config'
import {
  configFields,
  defaultConfig,
  feedUrlMessage,
  isFeedUrl,
  type RuntimeConfig,
} from './config-schema'
import { feedUrlRefusal } from './feed-url-refusal'

export { ConfigError, configTimeoutMs } from './fetch-config'

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

/**
 * Loads config.json next to the page, within `configTimeoutMs`, or reads the answer to a request
 * already made (main.tsx asks for it before the app's code has loaded). A missing file means the
 * defaults (demo mode); one redirected to another site is refused, and so is one whose feedUrl
 * cannot be used (the demo in its place would pass for the team's own data).
 */
export async function loadConfig(
  source: URL | Promise<ConfigAnswer> = new URL('config.json', document.baseURI),
): Promise<LoadedConfig> {
  const { status, text } = await (source instanceof URL ? fetchConfig(source) : source)
  if (status === 404) return { config: defaultConfig, warnings: [] }
  if (status < 200 || status > 299)
    throw new ConfigError(`config.json could not be loaded (HTTP ${status})`)
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    throw new ConfigError('config.json is not valid JSON')
  }
  const loaded = readConfig(raw)
  const named: unknown =
    typeof raw === 'object' && raw !== null ? Reflect.get(raw, 'feedUrl') : null
  if (named !== undefined && named !== null && loaded.config.feedUrl === null)
    throw new ConfigError(feedUrlRefusal(named))
  return loaded
}
