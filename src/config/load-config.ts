import { configFields, defaultConfig, type RuntimeConfig } from './config-schema'

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
    if (result.success) config[key] = result.data
    else warnings.push(`config.json: ${key} ignored (${result.error.issues[0]?.message ?? 'invalid'})`)
  }
  return { config: config as RuntimeConfig, warnings }
}

/** Loads config.json next to the page. A missing file means the defaults (demo mode). */
export async function loadConfig(url = new URL('config.json', document.baseURI)): Promise<LoadedConfig> {
  const response = await fetch(url, { cache: 'no-cache' })
  if (response.status === 404) return { config: defaultConfig, warnings: [] }
  if (!response.ok) throw new ConfigError(`config.json could not be loaded (HTTP ${response.status})`)
  const text = await response.text()
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    throw new ConfigError('config.json is not valid JSON')
  }
  return readConfig(raw)
}
