import type { IncomingMessage, ServerResponse } from 'node:http'

export type StaticServerOptions = {
  root: string
  basePath?: string
  port?: number
  host?: string
  headers?: Record<string, string>
  overrides?: Record<string, { body: string; type?: string }>
  mounts?: Record<string, string>
  spaFallback?: boolean
  /** The build's hashed files (assets/) cached for a year, as docs/deploy.md asks. */
  cacheAssets?: boolean
  onRequest?: (req: IncomingMessage) => void
  /** Answers a request itself when it returns true. */
  intercept?: (req: IncomingMessage, res: ServerResponse) => boolean
}

export type StaticServer = {
  origin: string
  url: string
  port: number
  close: () => Promise<void>
}

export function startStaticServer(options: StaticServerOptions): Promise<StaticServer>
