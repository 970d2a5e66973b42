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

/**
 * A copy of the demo fixtures in a temporary folder, a way to change one field of one record, and
 * one to replace a list with `count` generated records: each the list's first with what `make`
 * gives for the i-th, at one a minute from 1 June 2025 (before the talks).
 */
export function copyFixtures(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  cpSync(resolve('mocks/fixtures'), dir, { recursive: true })
  const edit = (file: string, change: (doc: Record<string, Record<string, unknown>[]>) => void) => {
    const doc = JSON.parse(readFileSync(join(dir, file), 'utf8'))
    change(doc)
    writeFileSync(join(dir, file), JSON.stringify(doc))
  }
  const set = (file: string, list: string, index: number, field: string, value: string) =>
    edit(file, (doc) => (doc[list]![index]![field] = value))
  const generate = (
    file: string,
    list: string,
    count: number,
    make: (i: number) => Record<string, unknown>,
  ) =>
    edit(file, (doc) => {
      const template = doc[list]![0]!
      const start = Date.parse('2025-06-01T00:00:00Z')
      doc[list] = Array.from({ length: count }, (_, i) => ({
        ...template,
        at: new Date(start + i * 60_000).toISOString(),
        ...make(i),
      }))
    })
  return { dir, edit, set, generate }
}
