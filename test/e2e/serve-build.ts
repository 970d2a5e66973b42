import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import {
  startStaticServer,
  type StaticServer,
  type StaticServerOptions,
} from '../../scripts/lib/static-server.mjs'

type Options = Omit<StaticServerOptions, 'root'> & {
  /** config.json's settings; `null` leaves the build's own config.json (the demo). */
  config?: Record<string, unknown> | null
  /** The folder served as ./feed/ (the fixtures by default). */
  feedDir?: string
}

/**
 * The production build under /talks/, as an intranet team serves it: config.json pointing at a feed
 * published as static files beside it (./feed/), polled hourly so no poll lands inside a test.
 */
export function serveBuild({
  config = {},
  feedDir = resolve('mocks/fixtures'),
  overrides,
  mounts,
  basePath = '/talks/',
  ...rest
}: Options = {}): Promise<StaticServer> {
  const settings = config === null ? null : { feedUrl: './feed/', refreshSeconds: 3600, ...config }
  return startStaticServer({
    root: resolve(process.env.E2E_DIST ?? 'dist'),
    basePath,
    overrides: {
      ...(settings ? { 'config.json': { body: JSON.stringify(settings) } } : {}),
      ...overrides,
    },
    mounts: { 'feed/': feedDir, ...mounts },
    ...rest,
  })
}

/** A copy of the demo fixtures in a temporary folder, and a way to change one field of one record. */
export function copyFixtures(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  cpSync(resolve('mocks/fixtures'), dir, { recursive: true })
  const set = (file: string, list: string, index: number, field: string, value: string) => {
    const doc = JSON.parse(readFileSync(join(dir, file), 'utf8'))
    doc[list][index][field] = value
    writeFileSync(join(dir, file), JSON.stringify(doc))
  }
  return { dir, set }
}
