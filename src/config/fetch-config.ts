import { untilAborted } from '../lib/until-aborted'

/** config.json is a few hundred bytes; past this deadline (headers and body) start-up says so. */
export const configTimeoutMs = 10_000

export class ConfigError extends Error {}

export type ConfigAnswer = { status: number; text: string }

/**
 * Asks for config.json: its status and text. Kept apart from reading it (load-config.ts) so the
 * page's first chunk can send the request without the schemas: it is then under way while the
 * shell paints and the app's code loads.
 */
export async function fetchConfig(
  url = new URL('config.json', document.baseURI),
): Promise<ConfigAnswer> {
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
